// Test support: what the console's browser tests share, as file-scoped test.extend fixtures: the
// UI built from its sources, a hub serving it, Debian's Chromium, and one page watched for errors.
// Each is made when a test of the file first asks for it and removed after the file.
// Two options shape them: `hubOptions` (what the hub starts with: configuration, clock, limits)
// and `viewport` (the page's size, 1440×900 unless told). A file changes them at its top level
// with `consoleTest.override('hubOptions', { … })`; inside a describe block vitest refuses it,
// since the hub and the page live for the whole file.
import type { Page, ViewportSize } from 'playwright-core';
import { test } from 'vitest';
import type { HubOptions } from '../../../src/hub/testing/hub-test.ts';
import { startTestHub } from '../../../src/hub/testing/test-hub.ts';
import { closeBrowser, launchBrowser } from '../../support/browser.ts';
import { buildUiForTest } from './built-ui.ts';
import { signIn, watchProblems } from './console-page.ts';
import type { Account } from './sign-in-form.ts';

/** The hub's options besides the UI it serves, which the `ui` fixture provides. */
export type ConsoleHubOptions = Omit<HubOptions, 'webRoot'>;

/** Another person's console: its page and what went wrong on it so far (see watchProblems). */
export type OtherConsole = { page: Page; problems: string[] };

export const consoleTest = test
  .extend('hubOptions', { scope: 'file' }, {} as ConsoleHubOptions)
  .extend('viewport', { scope: 'file' }, { width: 1440, height: 900 })
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('ui', { scope: 'file' }, async ({}, { onCleanup }) => {
    const ui = await buildUiForTest();
    onCleanup(() => ui.remove());
    return ui;
  })
  .extend('t', { scope: 'file' }, async ({ ui, hubOptions }, { onCleanup }) => {
    const { config, ...options } = hubOptions;
    const t = await startTestHub(config, { ...options, webRoot: ui.webRoot });
    onCleanup(() => t.close());
    return t;
  })
  // eslint-disable-next-line no-empty-pattern -- as above
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => closeBrowser(browser));
    return browser;
  })
  .extend('page', { scope: 'file' }, async ({ browser, viewport }) => browser.newPage({ viewport }))
  /**
   * Console errors and failed requests of the page so far (see watchProblems); set up before any
   * test of the file runs, so that nothing the page says goes unheard.
   */
  .extend('problems', { scope: 'file', auto: true }, async ({ page }) => watchProblems(page))
  /**
   * Opens a console for someone else beside the page, at another desk: a page of its own (so its
   * own session), watched for problems from the start, signed in as `as`. It is the same size as
   * the page unless told. Chromium closing after the file closes it; a test may close it sooner.
   */
  .extend(
    'otherConsole',
    { scope: 'file' },
    async ({ browser, t, viewport }) =>
      async (as: Account, size: ViewportSize = viewport): Promise<OtherConsole> => {
        const page = await browser.newPage({ viewport: size });
        const problems = await watchProblems(page);
        await signIn(page, t.hub.url, as);
        return { page, problems };
      },
  );
