// Where keyboard focus lands on the request desk, in Chromium on a real hub, at 720×450 (one
// column: the queue above the request) and 1440×900 (the queue beside it). Opening a request by a
// link or by its address puts focus on its heading; walking the queue with the keyboard leaves
// focus in the queue and the request that opened is said in the desk's live region; Claim puts
// focus on the heading at both widths. Pictured light and dark and checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { HelpRequestDetail, User } from '@handraise/shared';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { computerIn } from '../../src/hub/testing/school.ts';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const SAM = { username: 'sam', password: 'student-password-1' };
const COORDINATOR = { username: 'admin', password: TEST_ADMIN_PASSWORD };
const SMALL = { width: 720, height: 450 };
const WIDE = { width: 1440, height: 900 };

/** The focused element's id and whether it sits in the request queue. */
const FOCUSED = `({
  id: document.activeElement?.id ?? '',
  inQueue: document.activeElement?.closest('.queue') != null,
})`;

const focused = (page: Page) => page.evaluate<{ id: string; inQueue: boolean }>(FOCUSED);

/** Room 12's computer asking for help three times; Sam, a student helper for Room 12. */
const focusTest = consoleTest.extend('desk', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const pc = await computerIn(t, admin, 'lab-pc-9', 'Room 12');
  const ids: string[] = [];
  // Each about something else: alike ones from one room would be folded into one incident.
  const asked = [
    { category: 'other', text: 'The projector shows nothing' },
    { category: 'internet', text: 'No internet' },
    { category: 'printer', text: 'Cannot print' },
  ] as const;
  for (const hand of asked) ids.push(await raiseHand(pc.agent, hand));
  const numbers: number[] = [];
  for (const id of ids) {
    const read = await t.http<HelpRequestDetail>(`/api/requests/${id}`, { token: admin });
    if (!read.body.ok) throw new Error(read.body.error);
    numbers.push(read.body.data.number);
  }
  const sam = await t.http<User>('/api/users', {
    token: admin,
    body: {
      ...SAM,
      role: 'advisor',
      displayName: 'Sam',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    },
  });
  if (!sam.body.ok) throw new Error(sam.body.error);
  return { ids, numbers };
});

/** Presses Claim with the keyboard and waits for the request to show its helper. */
async function claimByKeyboard(page: Page) {
  await page.getByRole('button', { name: 'Claim' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Claim' }).waitFor({ state: 'detached' });
}

describe('console UI: focus on the request desk', () => {
  focusTest(
    'at 720×450: a request opened from Today, claimed, and loaded by its address has focus on its heading',
    async ({ t, page, problems, desk }) => {
      await page.setViewportSize(SMALL);
      await signIn(page, t.hub.url, SAM);
      const link = page.getByRole('link', { name: new RegExp(`^#${desk.numbers[0]} · lab-pc-9`) });
      await link.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain(`#/requests/${desk.ids[0]}`);
      await expect
        .poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual({
          id: 'request-title',
          inQueue: false,
        });

      // Below the queue in one column, yet scrolled into view.
      const box = await page.locator('#request-title').boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= SMALL.height).toBe(true);
      await claimByKeyboard(page);
      await expect.poll(() => focused(page)).toEqual({ id: 'request-title', inQueue: false });
      const violations = await checkView(page, 'request-focus-claimed-720');

      await page.goto(`${t.hub.url}/#/requests/${desk.ids[1]}`);
      await page.reload();
      await expect
        .poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual({
          id: 'request-title',
          inQueue: false,
        });
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  focusTest(
    'at 1440×900: the address focuses the heading; the queue keeps focus and the opened request is announced; Claim focuses the heading',
    async ({ t, otherConsole, desk }) => {
      const { page, problems } = await otherConsole(COORDINATOR, WIDE);
      await page.goto(`${t.hub.url}/#/requests/${desk.ids[2]}`);
      await page.reload();
      await expect
        .poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual({
          id: 'request-title',
          inQueue: false,
        });

      // Walking the queue: Enter on another entry opens it, focus stays on that entry.
      const queue = page.getByRole('list', { name: 'Requests' });
      const entry = queue.getByRole('link', { name: new RegExp(`#${desk.numbers[1]}\\b`) });
      await entry.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain(`#/requests/${desk.ids[1]}`);
      await page.getByRole('heading', { name: new RegExp(`^#${desk.numbers[1]} `) }).waitFor();
      expect((await focused(page)).inQueue).toBe(true);
      await expect
        .poll(() => page.getByTestId('desk-announcer').textContent(), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toBe(`Opened request #${desk.numbers[1]}, lab-pc-9`);

      await claimByKeyboard(page);
      await expect.poll(() => focused(page)).toEqual({ id: 'request-title', inQueue: false });
      const violations = await checkView(page, 'request-focus-claimed-1440');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
