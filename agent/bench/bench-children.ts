// What the agent benchmarks share: a hub and the bundled agent as processes, a child's CPU time
// from /proc, and waiting for a line it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAgentCli } from '../tools/build-agent-cli.ts';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
export const TICKS_PER_S = 100;

/** utime + stime of a process, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

export function waitForLine(
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

/** A hub and the bundled agent as real processes on loopback, the agent checked in once. */
export type HubAndAgent = { hubUrl: string; hub: ChildProcess; agent: ChildProcess };

/**
 * Starts the hub (with `token` for enrollment and `adminPassword` for the first account) and the
 * bundled agent in `dir`, and waits for the agent's first inventory. Both are killed, and `dir`
 * removed, when this process exits.
 */
export async function startHubAndAgent(options: {
  dir: string;
  token: string;
  adminPassword?: string;
  checkInTimeoutMs: number;
}): Promise<HubAndAgent> {
  const { dir, token } = options;
  const repoRoot = resolve(import.meta.dirname, '../..');
  const children: ChildProcess[] = [];
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const start = (args: string[], env: NodeJS.ProcessEnv) => {
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
    HANDRAISE_ENROLL_TOKEN: token,
    ...(options.adminPassword ? { HANDRAISE_ADMIN_PASSWORD: options.adminPassword } : {}),
    HANDRAISE_LOG_LEVEL: 'warn',
  });
  const [, hubUrl] = await waitForLine(
    hub,
    /console and API at (http:\/\/127\.0\.0\.1:\d+)/,
    30_000,
  );
  const bundle = await buildAgentCli(join(dir, 'bundle'));
  const agent = start(
    [bundle, 'run', '--hub', hubUrl!, '--token', token, '--data-dir', join(dir, 'agent')],
    { HANDRAISE_LOG_LEVEL: 'info' },
  );
  await waitForLine(agent, /"inventory reported"/, options.checkInTimeoutMs);
  return { hubUrl: hubUrl!, hub, agent };
}
