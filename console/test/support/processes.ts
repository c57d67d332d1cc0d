// Test support: real child processes (the agent CLI, `npm start`), bounded in time, always reaped.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const AGENT_CLI = join(REPO_ROOT, 'agent', 'src', 'core', 'cli.ts');

export type Finished = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

export type Running = {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /**
   * Resolves when stdout (or stderr, where the agent logs) has a line matching the pattern;
   * rejects after the deadline or on exit.
   */
  waitForLine(
    pattern: RegExp,
    timeoutMs?: number,
    stream?: 'stdout' | 'stderr',
  ): Promise<RegExpMatchArray>;
  finished: Promise<Finished>;
};

const children = new Set<ChildProcess>();

export type StartOptions = {
  /** Written to its standard input, which is then closed; none (ignored) otherwise. */
  input?: string;
  /** Runs it under this umask (through /bin/sh), to check modes it sets itself. */
  umask?: number;
  /** Variables of the tests' own environment it must not inherit. */
  without?: readonly string[];
};

/** Starts a Node process on the same Node as the tests (24), with experimental warnings silenced. */
export function startNode(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: StartOptions = {},
): Running {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, HANDRAISE_LOG_LEVEL: 'warn', ...env };
  for (const name of options.without ?? []) delete fullEnv[name];
  const node = [process.execPath, '--disable-warning=ExperimentalWarning', ...args];
  const [command, ...commandArgs] =
    options.umask === undefined
      ? node
      : ['/bin/sh', '-c', `umask ${options.umask.toString(8)} && exec "$@"`, 'sh', ...node];
  const child = spawn(command!, commandArgs, {
    cwd: REPO_ROOT,
    env: fullEnv,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  // 'close' comes after 'exit' once stdout and stderr are drained, so nothing printed is missed.
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return {
    child,
    output: () => ({ stdout, stderr }),
    finished,
    waitForLine(pattern, timeoutMs = 20_000, stream = 'stdout') {
      const source = stream === 'stdout' ? child.stdout : child.stderr;
      const text = () => (stream === 'stdout' ? stdout : stderr);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no line matching ${pattern} within ${timeoutMs} ms; stdout: ${stdout}; stderr: ${stderr}`,
            ),
          );
        }, timeoutMs);
        const check = () => {
          const match = text().match(pattern);
          if (match) {
            cleanup();
            resolve(match);
          }
        };
        const exited = () => {
          cleanup();
          reject(
            new Error(
              `process exited before printing ${pattern}; stdout: ${stdout}; stderr: ${stderr}`,
            ),
          );
        };
        const cleanup = () => {
          clearTimeout(timer);
          source?.off('data', check);
          child.off('exit', exited);
        };
        source?.on('data', check);
        child.once('exit', exited);
        check();
      });
    },
  };
}

/** Runs the agent CLI to completion (bounded) and returns what it printed and its exit code. */
export async function runAgent(
  args: string[],
  timeoutMs = 90_000,
  env: NodeJS.ProcessEnv = {},
): Promise<Finished> {
  const running = startNode([AGENT_CLI, ...args], env);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), timeoutMs);
  const result = await running.finished;
  clearTimeout(timer);
  return result;
}

/** Kills every child still running; call from afterEach/afterAll. */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}
