// The console's Electron main, bundled as it ships and run with Electron stood in: the window is
// locked down before its page loads (web preferences, navigation and window guards, permission
// and response-header handlers). What each guard decides is tested in window-guard.test.ts.
import { join } from 'node:path';
import { test as base, describe, expect } from 'vitest';
import { buildElectronMain } from '../../tools/build-electron-main.ts';
import { reapProcesses, tempDirs } from '../support/process-fixtures.ts';
import { startNode } from '../support/processes.ts';

const STAND_IN = join(import.meta.dirname, '..', 'support', 'electron-stand-in.cjs');

type Reported = { type: string; [key: string]: unknown };

const guardTest = base
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('reapProcesses', { auto: true }, reapProcesses)
  // Built where it ships from, so its relative path to the console page is the real one.
  .extend('bundle', { scope: 'file' }, async () =>
    buildElectronMain(join(import.meta.dirname, '..', '..', 'dist')),
  );

describe('console window lockdown', () => {
  guardTest(
    'hardens the window and its session before the console page loads',
    async ({ tempDir, bundle }) => {
      const run = startNode(['--require', STAND_IN, bundle], {
        HANDRAISE_DATA_DIR: tempDir('handraise-data-'),
        HANDRAISE_PORT: '0',
        HANDRAISE_HOST: '127.0.0.1',
        HANDRAISE_LOG_LEVEL: 'silent',
        STAND_IN_USER_DATA: tempDir('handraise-user-data-'),
      });
      await run.waitForLine(/"type":"page-guards"/, 30_000);
      const reports = run
        .output()
        .stdout.split('\n')
        .filter((line) => line.startsWith('{"type"'))
        .map((line) => JSON.parse(line) as Reported);
      expect(reports.find((r) => r.type === 'window')?.options).toMatchObject({
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      const guards = reports.find((r) => r.type === 'page-guards');
      expect(guards?.events).toEqual(
        expect.arrayContaining([
          'will-navigate',
          'will-frame-navigate',
          'will-redirect',
          'will-attach-webview',
          'window-open',
          // Presses in the window, which alone let a link open in the browser.
          'input-event',
        ]),
      );
      expect(guards?.session).toEqual(
        expect.arrayContaining(['permission-request', 'permission-check', 'response-headers']),
      );
      run.child.kill('SIGTERM');
      expect((await run.finished).code).toBe(0);
    },
  );
});
