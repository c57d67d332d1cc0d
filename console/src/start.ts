// `npm start`: the coordinator's console. Opens the Electron window when Electron can run here;
// otherwise runs the same hub and serves the console page to a browser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadHubConfig } from './hub/config.ts';
import { createHub } from './hub/create-hub.ts';
import { runUntilSignal } from './hub/run-until-signal.ts';
import { startupFailureMessage } from './hub/startup-failure.ts';
import { buildElectronMain } from '../tools/build-electron-main.ts';
import { ConsoleTargetError, resolveConsoleTarget } from './main/console-target.ts';
// One finder (and first-use download) of the Electron runtime serves both desktop apps.
import { findElectron } from '../../build/tools/electron-runtime.ts';

async function runInBrowserMode(reason: string): Promise<void> {
  const config = loadHubConfig(process.argv.slice(2));
  const hub = await createHub({ config });
  // Listen for SIGTERM before announcing the address: whoever reads the line may stop us at once.
  const stopped = runUntilSignal(hub);
  process.stdout.write(`Electron cannot start here (${reason}); open the console at ${hub.url}\n`);
  await stopped;
}

async function main(): Promise<void> {
  const electron = await findElectron();
  if ('reason' in electron) {
    // Pointed at a hub elsewhere (`--hub URL`, HANDRAISE_HUB_URL): any browser is that console.
    const target = resolveConsoleTarget(process.argv.slice(2), process.env, '');
    if (target.kind === 'remote') {
      process.stdout.write(
        `Electron cannot start here (${electron.reason}); open ${target.url} in a browser to use that hub's console\n`,
      );
      return;
    }
    return runInBrowserMode(electron.reason);
  }
  const mainFile = await buildElectronMain(join(import.meta.dirname, '..', 'dist'));
  const child = spawn(electron.path, [mainFile, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => (process.exitCode = code ?? 1));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `handraise: ${error instanceof ConsoleTargetError ? error.message : startupFailureMessage(error)}\n`,
  );
  process.exitCode = 1;
});
