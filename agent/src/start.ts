// `npm run agent`: the tray app when Electron can run here; otherwise the headless agent service
// (`handraise-agent run`), which does everything but the window, said in one line.
import { spawn } from 'node:child_process';
import { main as runCli } from './core/cli.ts';
import { buildTrayApp } from '../tools/build-tray.ts';
import { findElectron } from '../../build/tools/electron-runtime.ts';
import { readStartOptions } from './start-options.ts';

async function openTray(electron: string, args: string[]): Promise<number> {
  // The tray reads its settings from the data folder; a token given here enrolls it first.
  const { dataDir, enrollFirst } = readStartOptions(args, process.env);
  if (enrollFirst) {
    const enrolled = await runCli(['enroll', ...args]);
    if (enrolled !== 0) return enrolled;
  }
  const mainFile = await buildTrayApp();
  const child = spawn(electron, [mainFile], {
    stdio: 'inherit',
    env: { ...process.env, ...(dataDir ? { HANDRAISE_AGENT_DATA_DIR: dataDir } : {}) },
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function start(): Promise<number> {
  const args = process.argv.slice(2);
  const electron = await findElectron();
  if ('path' in electron) return openTray(electron.path, args);
  process.stdout.write(
    `The tray app cannot start here (${electron.reason}); running the headless agent service instead.\n`,
  );
  return runCli(['run', ...args]);
}

start().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`handraise-agent: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
