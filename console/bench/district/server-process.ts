// The servers the district bench drives, each in a process of its own as in production: a hub
// (`console/src/hub/main.ts`, on SQLite or PostgreSQL) or the bare Socket.IO baseline.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const HUB_MAIN = join(REPO_ROOT, 'console/src/hub/main.ts');
const BARE_MAIN = join(import.meta.dirname, 'bare-server.ts');
/** A server that has not said where it listens by then has failed to start. */
const START_TIMEOUT_MS = 120_000;
/** A server still running this long after SIGTERM is killed. */
const STOP_TIMEOUT_MS = 60_000;

export const BENCH_ENROLL_TOKEN = 'bench-district-enrollment-token';
export const BENCH_ADMIN_PASSWORD = 'bench-district-password';

export type ServerProcess = {
  url: string;
  pid: number | undefined;
  /** SIGTERM, as a service manager stops it; resolves when it has exited. */
  stop(): Promise<void>;
};

export type HubOptions = { dataDir: string; databaseUrl?: string; port?: number };

export function startHub(options: HubOptions): Promise<ServerProcess> {
  return startServer(HUB_MAIN, /console and API at (http:\/\/127\.0\.0\.1:\d+)/, {
    HANDRAISE_DATA_DIR: options.dataDir,
    HANDRAISE_PORT: String(options.port ?? 0),
    HANDRAISE_HOST: '127.0.0.1',
    HANDRAISE_ENROLL_TOKEN: BENCH_ENROLL_TOKEN,
    HANDRAISE_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    HANDRAISE_LOG_LEVEL: 'warn',
    // Empty means SQLite in the data folder, whatever this shell's environment says.
    HANDRAISE_DATABASE_URL: options.databaseUrl ?? '',
  });
}

export function startBareServer(): Promise<ServerProcess> {
  return startServer(BARE_MAIN, /bare Socket\.IO at (http:\/\/127\.0\.0\.1:\d+)/, {});
}

/**
 * Through a POSIX shell that first raises the soft limit of open files to the hard one: 10,000
 * agents are 10,000 sockets in the server.
 */
function startServer(
  script: string,
  listening: RegExp,
  env: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  // e.g. HANDRAISE_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to see where
  // a server's time goes under the bench's load.
  const extra = process.env.HANDRAISE_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const node = [process.execPath, '--disable-warning=ExperimentalWarning', ...extra, script];
  const child: ChildProcess =
    process.platform === 'win32'
      ? spawn(node[0]!, node.slice(1), {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'inherit'],
        })
      : spawn(
          '/bin/sh',
          ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"', 'server', ...node],
          {
            env: { ...process.env, ...env },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    // A hub that has not exited by then is killed, and says so: the bench must end either way
    // (one hub, stopped under 10,000 agents, once waited for a connection that never closed).
    const timer = setTimeout(() => {
      process.stderr.write(`${script} did not stop within ${STOP_TIMEOUT_MS / 1000} s: killed\n`);
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (said.length > 10_000) return;
      said += chunk.toString();
      const url = listening.exec(said)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, pid: child.pid, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} ended before it listened (exit ${code})`));
    });
  });
}
