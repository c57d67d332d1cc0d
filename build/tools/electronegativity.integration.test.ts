// The Electronegativity gate of .ci/run: a probe app with the classic mistakes fails it, offline,
// and the wording names what was found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFinding, isAboveLow, scanApp } from './electronegativity.ts';

const root = mkdtempSync(join(tmpdir(), 'handraise-probe-app-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('electronegativity gate', () => {
  it('fails an app that gives its page Node, no sandbox and no navigation limits', async () => {
    mkdirSync(join(root, 'main'), { recursive: true });
    writeFileSync(
      join(root, 'main', 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const window = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
        '});',
        "window.loadURL('http://example.org/');",
        '',
      ].join('\n'),
    );
    const { findings, unreadable } = await scanApp(['main'], root);
    expect(unreadable).toEqual([]);
    const failing = findings.filter(isAboveLow).map((finding) => finding.check);
    expect(failing).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'CSP_GLOBAL_CHECK',
      ]),
    );
    const isolation = findings.find((finding) => finding.check === 'CONTEXT_ISOLATION_JS_CHECK');
    expect(isolation && describeFinding('probe', isolation)).toMatch(
      /^FAIL probe: HIGH\/\w+ CONTEXT_ISOLATION_JS_CHECK main\/main\.js:3:\d+/,
    );
    // The whole-app checks name no file.
    const csp = findings.find((finding) => finding.check === 'CSP_GLOBAL_CHECK');
    expect(csp && describeFinding('probe', csp)).toMatch(/CSP_GLOBAL_CHECK the app as a whole\n/);
  });
});
