// `npm start`: the coordinator's console. Opens the Electron window when Electron can run here;
// otherwise runs the same hub and serves the console page to a browser.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ConfigError, loadHubConfig } from './hub/config.ts';
import { createHub } from './hub/create-hub.ts';
import { runUntilSignal } from './hub/run-until-signal.ts';
import { buildElectronMain } from './main/build-main.ts';

const require = createRequire(import.meta.url);

/** The electron package exports its binary's path, and throws while the runtime is not downloaded. */
function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

/**
 * Downloads the Electron runtime with the electron package's own installer. npm is told not to run
 * it at install time, so installs succeed on machines that cannot reach the download.
 */
function downloadElectron(): Promise<boolean> {
  let installer: string;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return Promise.resolve(false);
  }
  process.stdout.write('Downloading the Electron runtime (first start only)…\n');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], {
      stdio: 'ignore',
      timeout: DOWNLOAD_TIMEOUT_MS,
    });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

// Electron is ~100 MB; a slow school line may need a few minutes, a closed one fails at once.
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** Path of the Electron binary, or the reason there is none. */
async function findElectron(): Promise<{ path: string } | { reason: string }> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display' };
  }
  const path = electronBinary() ?? ((await downloadElectron()) ? electronBinary() : null);
  return path ? { path } : { reason: 'its runtime is not installed and could not be downloaded' };
}

async function runInBrowserMode(reason: string): Promise<void> {
  const config = loadHubConfig(process.argv.slice(2));
  const hub = await createHub({ config });
  process.stdout.write(`Electron cannot start here (${reason}); open the console at ${hub.url}\n`);
  await runUntilSignal(hub);
}

async function main(): Promise<void> {
  const electron = await findElectron();
  if ('reason' in electron) return runInBrowserMode(electron.reason);
  const mainFile = await buildElectronMain(join(import.meta.dirname, '..', 'dist'));
  const child = spawn(electron.path, [mainFile, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => (process.exitCode = code ?? 1));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `handraise: ${error instanceof ConfigError ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
