// Test support: the tray's main bundle run on Node with Electron stood in; reports in, commands out.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const STAND_IN = join(import.meta.dirname, 'electron-stand-in.cjs');

/** What the stand-in printed: one JSON object per line with a `type`. */
export type Reported = { type: string; [key: string]: unknown };

/** Longest wait for one report, in ms: starting, connecting and a capture take a few seconds. */
export const REPORT_TIMEOUT_MS = 20_000;

export type MainProcess = {
  child: ChildProcess;
  reports(): Reported[];
  /** Resolves with the first report (from `after` on) that `match` accepts; bounded. */
  waitFor(
    match: (report: Reported) => boolean,
    after?: number,
    timeoutMs?: number,
  ): Promise<Reported>;
  send(command: Record<string, unknown>): void;
  /** Sends an IPC call as `sender` and resolves with main's answer. */
  invoke(
    channel: string,
    args: unknown[],
    sender?: 'own' | 'foreign' | 'subframe',
  ): Promise<unknown>;
  finished: Promise<{ code: number | null; stderr: string }>;
};

const running = new Set<ChildProcess>();

/** Starts `bundle` with the stand-in on the tests' Node. */
export function startMain(bundle: string, env: NodeJS.ProcessEnv): MainProcess {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--require', STAND_IN, bundle],
    {
      env: { ...process.env, HANDRAISE_LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  const reports: Reported[] = [];
  const waiters = new Set<() => void>();
  let partial = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('{"type"')) reports.push(JSON.parse(line) as Reported);
    }
    for (const waiter of waiters) waiter();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      setImmediate(() => resolve({ code, stderr }));
    }),
  );
  let nextId = 1;

  const waitFor: MainProcess['waitFor'] = (match, after = 0, timeoutMs = REPORT_TIMEOUT_MS) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = reports.slice(after).find(match);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `no matching report within ${timeoutMs} ms; got ${JSON.stringify(reports.slice(after))}; stderr: ${stderr}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const send = (command: Record<string, unknown>) =>
    child.stdin?.write(`${JSON.stringify(command)}\n`);

  return {
    child,
    reports: () => reports,
    waitFor,
    send,
    async invoke(channel, args, sender = 'own') {
      const id = nextId++;
      send({ do: 'invoke', id, channel, args, sender });
      const answer = await waitFor((r) => r.type === 'invoke-result' && r.id === id);
      return answer.result;
    },
    finished,
  };
}

/** Kills every main process still running; call from afterAll. */
export function killAllMains(): void {
  for (const child of running) child.kill('SIGKILL');
}
