// Finds Electron's binary for `npm run agent`, downloading it on first use.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Electron is ~100 MB; a slow school line may need a few minutes, a closed one fails at once. */
export const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

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

/** Path of the Electron binary, or the reason the tray cannot run here. */
export async function findElectron(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ path: string } | { reason: string }> {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { reason: 'no display' };
  }
  const path = electronBinary() ?? ((await downloadElectron()) ? electronBinary() : null);
  return path ? { path } : { reason: 'its runtime is not installed and could not be downloaded' };
}
