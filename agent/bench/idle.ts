// `npm run bench` (idle part): how much the headless agent costs while nothing happens. A hub and
// the bundled agent run as real processes on loopback; after the first check-in the agent's CPU
// time is read from /proc over a quiet window. The target: idle CPU ~0 (no polling loops).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildAgentCli } from '../tools/build-agent-cli.ts';
import { readMemory } from './proc.ts';

/** The quiet window measured after the first check-in, in seconds. */
const IDLE_WINDOW_S = Number(process.env.HANDRAISE_BENCH_IDLE_S ?? 30);
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;
const ENROLL_TOKEN = 'bench-enrollment-token';
const CHECK_IN_TIMEOUT_MS = 60_000;
/**
 * Quiet time after the check-in before measuring. V8 runs one large garbage collection some 8 s
 * after the check-in drops its buffers (~90 ms here); that belongs to the check-in, not to idling.
 */
const SETTLE_MS = 15_000;

/** utime + stime of a process, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  return new Promise((resolveLine, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        resolveLine(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

async function main(): Promise<number> {
  const repoRoot = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'handraise-idle-'));
  const children: ChildProcess[] = [];
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const start = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    return child;
  };

  const hub = start([join(repoRoot, 'console/src/hub/main.ts')], {
    HANDRAISE_DATA_DIR: join(dir, 'hub'),
    HANDRAISE_PORT: '0',
    HANDRAISE_HOST: '127.0.0.1',
    HANDRAISE_ENROLL_TOKEN: ENROLL_TOKEN,
    HANDRAISE_LOG_LEVEL: 'warn',
  });
  const [, hubUrl] = await waitForLine(
    hub,
    /console and API at (http:\/\/127\.0\.0\.1:\d+)/,
    30_000,
  );

  const bundle = await buildAgentCli(join(dir, 'bundle'));
  const agent = start(
    [bundle, 'run', '--hub', hubUrl!, '--token', ENROLL_TOKEN, '--data-dir', join(dir, 'agent')],
    {
      HANDRAISE_LOG_LEVEL: 'info',
    },
  );
  await waitForLine(agent, /"inventory reported"/, CHECK_IN_TIMEOUT_MS);
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
