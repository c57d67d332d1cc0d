// Test support: what every help-window test file needs — the page built by Vite into a temp
// folder, served on 127.0.0.1, Debian's Chromium — and the cleanup of all of it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildRenderer } from '../../tools/build-help-window.ts';
import { closeBrowser, launchBrowser } from '../../../console/test/support/browser.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

export type WindowFixture = {
  browser: () => Browser;
  siteUrl: () => string;
  /** A fresh folder, removed after the file's tests. */
  tempDir: (prefix: string) => string;
  /** Runs after the file's tests, newest first, before the browser and server close. */
  onCleanup: (cleanup: () => unknown) => void;
};

/** Registers beforeAll/afterAll for one test file; call it inside `describe`. */
export function useWindowFixture(): WindowFixture {
  const temporary: string[] = [];
  const cleanups: (() => unknown)[] = [];
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };

  beforeAll(async () => {
    const built = tempDir('handraise-window-');
    await buildRenderer(built);
    site = await serveFolder(built);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    if (browser) await closeBrowser(browser);
    await site?.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  return {
    browser: () => {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
    siteUrl: () => {
      if (!site) throw new Error('the page is not served');
      return site.url;
    },
    tempDir,
    onCleanup: (cleanup) => void cleanups.push(cleanup),
  };
}
