// The console's Electron main process, bundled as it ships, run on Node with Electron stood in.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronMain } from '../../src/main/build-main.ts';
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
  });

  const env = (port: number) => ({
    HANDRAISE_DATA_DIR: dataDir,
    HANDRAISE_PORT: String(port),
    HANDRAISE_HOST: '127.0.0.1',
    HANDRAISE_LOG_LEVEL: 'silent',
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
});
