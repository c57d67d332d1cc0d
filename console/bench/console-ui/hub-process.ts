// The hub for the console bench, in a process of its own as in a school (`npm run hub`), on a
// fresh data folder, with its console UI built first if the sources changed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
/** A hub that has not said where it listens by then has failed to start. */
const START_TIMEOUT_MS = 60_000;

export type HubProcess = { url: string; password: string; stop(): Promise<void> };

/** Builds the console UI the hub serves, when its sources are newer than the last build. */
export function buildUiIfStale(): void {
  const built = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'console/tools/build-ui-cli.ts'), '--if-stale'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('the console UI did not build');
}

/** A fresh data folder for a hub; `startHubProcess` removes it when the hub stops. */
export const newDataDir = () => mkdtempSync(join(tmpdir(), 'handraise-console-bench-'));

export function startHubProcess(password: string, dataDir: string): Promise<HubProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', join(REPO_ROOT, 'console/src/hub/main.ts')],
    {
      env: {
        ...process.env,
        HANDRAISE_DATA_DIR: dataDir,
        HANDRAISE_PORT: '0',
        HANDRAISE_HOST: '127.0.0.1',
        HANDRAISE_ADMIN_PASSWORD: password,
        HANDRAISE_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the hub did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(said)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, password, stop });
    });
  });
}
