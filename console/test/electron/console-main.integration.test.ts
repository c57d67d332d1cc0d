// The console's Electron main process, bundled as it ships, run on Node with Electron stood in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { buildElectronMain } from '../../tools/build-electron-main.ts';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import { reapProcesses, tempDirs } from '../support/process-fixtures.ts';
import { startNode, type Running } from '../support/processes.ts';

const STAND_IN = join(import.meta.dirname, '..', 'support', 'electron-stand-in.cjs');

type Reported = { type: string; [key: string]: unknown };
const reported = (run: Running): Reported[] =>
  run
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('{"type"'))
    .map((line) => JSON.parse(line) as Reported);

/**
 * `launch(port, env?)` runs the bundled main process with Electron stood in, on the hub port given
 * (0: any), with one data folder and one Electron user-data folder (`userData`) for the whole file,
 * so that what one run leaves the next one finds. `t` is a hub elsewhere, as an advisor's console
 * opens it.
 */
const mainTest = hubTest
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('reapProcesses', { auto: true }, reapProcesses)
  // Built where it ships from, so its relative path to the console page is the real one.
  .extend('bundle', { scope: 'file' }, async () =>
    buildElectronMain(join(import.meta.dirname, '..', '..', 'dist')),
  )
  .extend('userData', { scope: 'file' }, async ({ tempDir }) => tempDir('handraise-user-data-'))
  .extend('launch', { scope: 'file' }, async ({ tempDir, bundle, userData }) => {
    const dataDir = tempDir('handraise-data-');
    return (port: number, extra: NodeJS.ProcessEnv = {}): Running =>
      startNode(['--require', STAND_IN, bundle], {
        HANDRAISE_DATA_DIR: dataDir,
        HANDRAISE_PORT: String(port),
        HANDRAISE_HOST: '127.0.0.1',
        HANDRAISE_LOG_LEVEL: 'silent',
        STAND_IN_USER_DATA: userData,
        ...extra,
      });
  });

describe('console Electron main', () => {
  mainTest(
    'starts the hub inside and opens one sandboxed window on the console page',
    async ({ launch }) => {
      const run = launch(0);
      await run.waitForLine(/"type":"loaded"/, 30_000);
      const [window, loaded] = reported(run);
      expect(window).toMatchObject({
        type: 'window',
        options: {
          webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
        },
      });
      expect(loaded).toMatchObject({ type: 'loaded', status: 200, html: true });
      expect(loaded?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      run.child.kill('SIGTERM');
      const finished = await run.finished;
      expect(finished.code).toBe(0);
      expect(reported(run).at(-1)).toEqual({ type: 'quit' });
    },
  );

  mainTest("says clearly when the hub's port is taken", async ({ launch }) => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = launch(port);
      const finished = await run.finished;
      expect(finished.code).toBe(1);
      const errorBox = reported(run).find((e) => e.type === 'error-box');
      expect(errorBox?.message).toContain('its port is taken');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  mainTest(
    'opens where it was left: size, position and maximized state are remembered',
    async ({ launch, userData }) => {
      const stateFile = join(userData, 'window-state.json');
      writeFileSync(
        stateFile,
        JSON.stringify({ x: 40, y: 30, width: 1500, height: 900, maximized: true }),
      );
      const run = launch(0);
      await run.waitForLine(/"type":"loaded"/, 30_000);
      expect(reported(run).find((e) => e.type === 'window')).toMatchObject({
        options: { x: 40, y: 30, width: 1500, height: 900 },
      });
      expect(reported(run).some((e) => e.type === 'maximize')).toBe(true);
      run.child.kill('SIGTERM');
      expect((await run.finished).code).toBe(0);
      // Saved again on close; a broken file falls back to the default size.
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
        x: 40,
        y: 30,
        width: 1500,
        height: 900,
        maximized: true,
      });
      writeFileSync(stateFile, '{"width": 12');
      const again = launch(0);
      await again.waitForLine(/"type":"loaded"/, 30_000);
      expect(reported(again).find((e) => e.type === 'window')).toMatchObject({
        options: { width: 1280, height: 800 },
      });
      again.child.kill('SIGTERM');
      await again.finished;
    },
  );

  mainTest(
    'on an advisor machine, opens a hub elsewhere and runs none of its own',
    async ({ t: remote, tempDir, launch }) => {
      const remoteData = tempDir('handraise-no-hub-');
      const run = launch(0, {
        HANDRAISE_HUB_URL: remote.hub.url,
        HANDRAISE_DATA_DIR: remoteData,
      });
      await run.waitForLine(/"type":"loaded"/, 30_000);
      expect(reported(run).find((e) => e.type === 'loaded')).toMatchObject({
        url: remote.hub.url,
        status: 200,
        html: true,
      });
      // No hub of its own: nothing was written to its data folder.
      expect(existsSync(join(remoteData, 'hub.sqlite'))).toBe(false);
      run.child.kill('SIGTERM');
      expect((await run.finished).code).toBe(0);

      const wrong = launch(0, { HANDRAISE_HUB_URL: 'ftp://hub.school' });
      expect((await wrong.finished).code).toBe(1);
      expect(reported(wrong).find((e) => e.type === 'error-box')?.message).toContain(
        'not a hub address',
      );
    },
  );
});
