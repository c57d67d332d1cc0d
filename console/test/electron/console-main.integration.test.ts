// The console's Electron main process, bundled as it ships, run on Node with Electron stood in.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronMain } from '../../tools/build-electron-main.ts';
import { startTestHub } from '../../src/hub/testing/test-hub.ts';
import { killAll, startNode, type Running } from '../support/processes.ts';

const STAND_IN = join(import.meta.dirname, '..', 'support', 'electron-stand-in.cjs');

type Reported = { type: string; [key: string]: unknown };
const reported = (run: Running): Reported[] =>
  run
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('{"type"'))
    .map((line) => JSON.parse(line) as Reported);

describe('console Electron main', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-data-'));
  let bundle: string;

  beforeAll(async () => {
    // Built where it ships from, so its relative path to the console page is the real one.
    bundle = await buildElectronMain(join(import.meta.dirname, '..', '..', 'dist'));
  });
  afterAll(() => {
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
  });

  const userData = mkdtempSync(join(tmpdir(), 'handraise-user-data-'));
  const env = (port: number, extra: NodeJS.ProcessEnv = {}) => ({
    HANDRAISE_DATA_DIR: dataDir,
    HANDRAISE_PORT: String(port),
    HANDRAISE_HOST: '127.0.0.1',
    HANDRAISE_LOG_LEVEL: 'silent',
    STAND_IN_USER_DATA: userData,
    ...extra,
  });

  it('starts the hub inside and opens one sandboxed window on the console page', async () => {
    const run = startNode(['--require', STAND_IN, bundle], env(0));
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
  });

  it("says clearly when the hub's port is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = startNode(['--require', STAND_IN, bundle], env(port));
      const finished = await run.finished;
      expect(finished.code).toBe(1);
      const errorBox = reported(run).find((e) => e.type === 'error-box');
      expect(errorBox?.message).toContain('its port is taken');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('opens where it was left: size, position and maximized state are remembered', async () => {
    const stateFile = join(userData, 'window-state.json');
    writeFileSync(
      stateFile,
      JSON.stringify({ x: 40, y: 30, width: 1500, height: 900, maximized: true }),
    );
    const run = startNode(['--require', STAND_IN, bundle], env(0));
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
    const again = startNode(['--require', STAND_IN, bundle], env(0));
    await again.waitForLine(/"type":"loaded"/, 30_000);
    expect(reported(again).find((e) => e.type === 'window')).toMatchObject({
      options: { width: 1280, height: 800 },
    });
    again.child.kill('SIGTERM');
    await again.finished;
  });

  it('on an advisor machine, opens a hub elsewhere and runs none of its own', async () => {
    const remote = await startTestHub();
    const remoteData = mkdtempSync(join(tmpdir(), 'handraise-no-hub-'));
    try {
      const run = startNode(
        ['--require', STAND_IN, bundle],
        env(0, { HANDRAISE_HUB_URL: remote.hub.url, HANDRAISE_DATA_DIR: remoteData }),
      );
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

      const wrong = startNode(
        ['--require', STAND_IN, bundle],
        env(0, { HANDRAISE_HUB_URL: 'ftp://hub.school' }),
      );
      expect((await wrong.finished).code).toBe(1);
      expect(reported(wrong).find((e) => e.type === 'error-box')?.message).toContain(
        'not a hub address',
      );
    } finally {
      await remote.close();
      rmSync(remoteData, { recursive: true, force: true });
    }
  });
});
