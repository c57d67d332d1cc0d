// `npm run bench` (idle part): how much the headless agent costs while nothing happens. A hub and
// the bundled agent run as real processes on loopback; after the first check-in the agent's CPU
// time is read from /proc over a quiet window. The target: idle CPU ~0 (no polling loops).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMs, startHubAndAgent, TICKS_PER_S } from './bench-children.ts';
import { readMemory } from './proc.ts';

/** The quiet window measured after the first check-in, in seconds. */
const IDLE_WINDOW_S = Number(process.env.HANDRAISE_BENCH_IDLE_S ?? 30);
const ENROLL_TOKEN = 'bench-enrollment-token';
const CHECK_IN_TIMEOUT_MS = 60_000;
/**
 * Quiet time after the check-in before measuring. V8 runs one large garbage collection some 8 s
 * after the check-in drops its buffers (~90 ms here); that belongs to the check-in, not to idling.
 */
const SETTLE_MS = 15_000;

async function main(): Promise<number> {
  const { agent } = await startHubAndAgent({
    dir: mkdtempSync(join(tmpdir(), 'handraise-idle-')),
    token: ENROLL_TOKEN,
    checkInTimeoutMs: CHECK_IN_TIMEOUT_MS,
  });
  // Let the check-in's own work (hashing, socket writes, child processes) finish.
  await sleep(SETTLE_MS);

  const pid = agent.pid!;
  const before = cpuMs(pid);
  await sleep(IDLE_WINDOW_S * 1000);
  const used = cpuMs(pid) - before;
  const memory = readMemory(pid);

  const say = (line: string) => process.stdout.write(`${line}\n`);
  say('');
  say(`Idle agent (bundled, connected to a hub on loopback, after its first check-in):`);
  say(
    `  CPU over ${IDLE_WINDOW_S} s idle: ${used.toFixed(0)} ms (${((used / (IDLE_WINDOW_S * 1000)) * 100).toFixed(3)} % of one core)`,
  );
  if (memory)
    say(
      `  resident memory while idle: ${(memory.rssKb / 1024).toFixed(1)} MiB (peak ${(memory.hwmKb / 1024).toFixed(1)} MiB)`,
    );
  say(
    `  (/proc/<pid>/stat utime+stime at ${TICKS_PER_S} Hz: 10 ms resolution; a socket.io ping every 25 s)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`idle bench failed: ${String(error)}\n`);
    process.exit(1);
  },
);
