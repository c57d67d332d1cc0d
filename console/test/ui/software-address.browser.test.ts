// The Software view's filters live in the address (a reload, Back and a shared link keep them;
// typing in the search box adds no history entries), its computers are links to their pages, and
// focus follows what happens: a title's name when it opens, the new task once it is made.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { CHROME, connectSoftwareFleet } from './support/software-fleet.ts';

const addressTest = consoleTest.extend('fleet', { scope: 'file', auto: true }, async ({ t }) =>
  connectSoftwareFleet(t, await t.signIn()),
);

/** The hash of the page's address, decoded, e.g. "#/software?q=goo&room=Library". */
const hashOf = async (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const historyLength = (page: Page) => page.evaluate<number>('history.length');
/** What has focus: its tag and its text, e.g. "H2 Google Chrome". */
const focused = (page: Page) =>
  page.evaluate<string>(
    `document.activeElement ? (document.activeElement.tagName + ' ' + document.activeElement.textContent).trim() : ''`,
  );

describe('console UI: the Software view in the address', () => {
  addressTest(
    'opens with the filters of its address, and keeps them in it',
    async ({ t, page, problems }) => {
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/software?status=all&q=chrome&room=Library`);
      const search = page.getByRole('searchbox', { name: 'Search titles' });
      await expect.poll(() => search.inputValue(), { timeout: LIVE_TIMEOUT_MS }).toBe('chrome');
      expect(await page.getByRole('radio', { name: /^All titles/ }).isChecked()).toBe(true);
      const choice = (name: string) => page.locator('label.radio', { hasText: name });
      expect(await page.getByRole('button', { name: /Room/ }).textContent()).toContain('Library');
      await page.getByTestId('software-table').getByRole('link', { name: CHROME }).waitFor();

      // Typing rewrites the entry: Back leaves the view rather than undoing a letter.
      const entries = await historyLength(page);
      await search.fill('');
      await search.pressSequentially('goo');
      await expect
        .poll(() => hashOf(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe('#/software?q=goo&room=Library&status=all');
      expect(await historyLength(page)).toBe(entries);

      // A choice is a step of its own; the default leaves the address.
      await choice('Needs update').click();
      await expect
        .poll(() => hashOf(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe('#/software?q=goo&room=Library');
      expect(await historyLength(page)).toBe(entries + 1);
      expect(await checkView(page, 'software-filters')).toEqual([]);

      // Opening a title keeps the filters, and its name takes focus and the tab's title.
      await page.getByTestId('software-table').getByRole('link', { name: CHROME }).click();
      await expect
        .poll(() => hashOf(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe('#/software/chrome?q=goo&room=Library');
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe(`H2 ${CHROME}`);
      await expect
        .poll(() => page.title(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(`${CHROME} · Software · Handraise`);

      // Its computers are links to their pages; Back returns to the title, filters and all.
      await page.getByTestId('title-panel').getByRole('link', { name: 'library-pc-03' }).click();
      await page.getByRole('heading', { level: 1, name: 'library-pc-03' }).waitFor();
      await page.goBack();
      await page.getByTestId('title-panel').getByRole('heading', { name: CHROME }).waitFor();
      expect(await search.inputValue()).toBe('goo');
      expect(problems).toEqual([]);
    },
  );

  addressTest(
    'puts focus on the new task, whose lines are links to the computers',
    async ({ t, page, problems }) => {
      await page.goto(`${t.hub.url}/#/software/chrome`);
      const panel = page.getByTestId('title-panel');
      await panel.getByRole('button', { name: 'Make an update task' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Make task' }).click();
      await expect
        .poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe(`P ${CHROME} behind on 3 machines`);
      await dialog.getByRole('link', { name: 'Open Tasks' }).click();

      const card = page.locator('.task-card').filter({ hasText: `${CHROME} behind on 3 machines` });
      await card.getByRole('link', { name: 'room-204-pc-02' }).click();
      await page.getByRole('heading', { level: 1, name: 'room-204-pc-02' }).waitFor();
      expect(await hashOf(page)).toMatch(/^#\/devices\/[0-9a-f-]+$/);
      expect(problems).toEqual([]);
    },
  );
});
