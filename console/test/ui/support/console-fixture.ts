// Test support: what the console's browser tests share, as file-scoped test.extend fixtures: the
// UI built from its sources, a hub serving it, Debian's Chromium, and one page (1440×900) watched
// for errors. Each is made when a test of the file first asks for it and removed after the file.
import { test } from 'vitest';
import { startTestHub } from '../../../src/hub/testing/test-hub.ts';
import { launchBrowser } from '../../support/browser.ts';
import { buildUiForTest } from './built-ui.ts';
import { watchProblems } from './console-page.ts';

export const consoleTest = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('ui', { scope: 'file' }, async ({}, { onCleanup }) => {
    const ui = await buildUiForTest();
    onCleanup(() => ui.remove());
    return ui;
  })
  .extend('t', { scope: 'file' }, async ({ ui }, { onCleanup }) => {
    const t = await startTestHub({}, { webRoot: ui.webRoot });
    onCleanup(() => t.close());
    return t;
  })
  // eslint-disable-next-line no-empty-pattern -- as above
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', { scope: 'file' }, async ({ browser }) =>
    browser.newPage({ viewport: { width: 1440, height: 900 } }),
  )
  /**
   * Console errors and failed requests of the page so far (see watchProblems); set up before any
   * test of the file runs, so that nothing the page says goes unheard.
   */
  .extend('problems', { scope: 'file', auto: true }, async ({ page }) => watchProblems(page));
