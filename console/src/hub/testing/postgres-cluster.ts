// A private PostgreSQL cluster for tests and benchmarks: a fresh folder under the temporary
// directory, a free loopback port, a random password, and nothing left behind when it stops.
// PostgreSQL refuses to run as root, so under root it runs as the `postgres` account that Debian's
// package creates.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../../test/support/ports.ts';

const USER = 'handraise';
/** Bounded waits: a cluster starts in about a second here. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export type PostgresCluster = {
  port: number;
  /** A connection address for `database` (the cluster's own `postgres` database by default). */
  url(database?: string): string;
  /** Stops the server as a service manager would (a fast shutdown); its data stays. */
  shutdown(): Promise<void>;
  /** Starts the server again after `shutdown`, on the same port. */
  start(): Promise<void>;
  /** `shutdown`, then `start`. */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
};

export type PostgresClusterOptions = {
  /**
   * Skip syncing to disk: tests do not survive power cuts and run several times faster. The
   * benchmark keeps PostgreSQL's durable defaults.
   */
  fast?: boolean;
};

/** PostgreSQL's programs: HANDRAISE_POSTGRES_BIN, else the newest under Debian's folder, else PATH. */
export function postgresBinDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HANDRAISE_POSTGRES_BIN) return env.HANDRAISE_POSTGRES_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (initdb) return join(initdb, '..');
  } catch {
    // not on PATH either
  }
  throw new Error(
    "PostgreSQL's programs were not found: install Debian's postgresql package, or set HANDRAISE_POSTGRES_BIN to the folder holding initdb",
  );
}

/** The account to run as: root may not run PostgreSQL, so it hands over to `postgres`. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'running as root, PostgreSQL needs the `postgres` account (made by Debian’s postgresql package)',
    );
  }
}

async function waitUntilAccepting(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`PostgreSQL stopped at start:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not start in time:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a new cluster; call `stop()` when done (a test's afterAll, a global teardown). */
export async function startPostgresCluster(
  options: PostgresClusterOptions = {},
): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const account = runAs();
  const folder = mkdtempSync(join(tmpdir(), 'handraise-postgres-'));
  const dataDir = join(folder, 'data');
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(folder, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(folder, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  const as = account ? { uid: account.uid, gid: account.gid } : {};
  // Run from the cluster's folder: root's working directory may be closed to `postgres`.
  execFileSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', USER, '--pwfile', passwordFile, '-A', 'scram-sha-256', '--no-locale'],
    {
      ...as,
      cwd: folder,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    },
  );
  rmSync(passwordFile);
  const port = await freePort();
  const url = (database = 'postgres') =>
    `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`;
  const settings = [
    ['listen_addresses', '127.0.0.1'],
    ['port', String(port)],
    // Loopback TCP only: no socket file in a shared folder.
    ['unix_socket_directories', ''],
    ['max_connections', '300'],
    ...(options.fast
      ? [
          ['fsync', 'off'],
          ['synchronous_commit', 'off'],
          ['full_page_writes', 'off'],
        ]
      : []),
  ].flatMap(([name, value]) => ['-c', `${name}=${value}`]);

  let server: ChildProcess;
  let output = '';
  const start = async () => {
    output = '';
    server = spawn(join(bin, 'postgres'), ['-D', dataDir, ...settings], {
      ...as,
      cwd: folder,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    });
    await waitUntilAccepting(url(), server, () => output);
  };
  const halt = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT'); // fast shutdown: open sessions are ended, the data is kept
    const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  await start();
  return {
    port,
    url,
    shutdown: halt,
    start,
    async restart() {
      await halt();
      await start();
    },
    async stop() {
      await halt();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
