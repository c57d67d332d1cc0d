// The request desk in Chromium on a real hub: each request shows who asked, the room and seat and a
// stopped class, in the queue and the detail; its filter and the open request live in the
// address and survive a reload; claim and resolve put the focus on named elements and say so in
// a polite live region; a resolve with a note is undone within its window; a staff note is shown
// to staff and never reaches the requester; a canned reply is inserted, edited and sent. Pictured
// light and dark at 1440 and 1024 px, and checked with axe.
import { describe, expect } from 'vitest';
import type { CannedReply, HelpRequestDetail, RequesterRequest } from '@handraise/shared';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { computerIn } from '../../src/hub/testing/school.ts';
import { nextEvent } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const CANNED = {
  title: 'On my way',
  text: 'Thanks for waiting: I am on my way to your room.',
};

/** The id of the element that has the focus, and its text (the test project has no DOM types). */
const FOCUSED =
  '({ id: document.activeElement?.id ?? "", text: document.activeElement?.textContent ?? "" })';

/** Marks the element that now holds the new-request announcement, to tell it from the next one. */
const MARK_ANNOUNCEMENT =
  'document.querySelector(\'[data-testid="request-announcement"] span\').dataset.seen = "yes"';
/** Whether the announcement is still in the element marked above. */
const ANNOUNCEMENT_MARKED =
  'document.querySelector(\'[data-testid="request-announcement"] span\')?.dataset.seen === "yes"';

const deskTest = consoleTest.extend('desk', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const pc = await computerIn(t, admin, 'lab-pc-4', 'Room 12');
  // Where the computer sits, so its requests carry the seat.
  const seat = await t.http(`/api/devices/${pc.deviceId}/seat`, {
    token: admin,
    method: 'PATCH',
    body: { label: 'B3', place: null },
  });
  if (!seat.body.ok) throw new Error(`seat: ${seat.body.error}`);
  const reply = await t.http<CannedReply>('/api/canned-replies', { token: admin, body: CANNED });
  if (!reply.body.ok) throw new Error(reply.body.error);
  const requestId = await raiseHand(pc.agent, {
    category: 'printer',
    text: 'The printer says paper jam but there is none',
    requester: 'Maya',
    urgent: true,
  });
  const read = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, { token: admin });
  if (!read.body.ok) throw new Error(read.body.error);
  return { admin, pc, requestId, number: read.body.data.number };
});

describe('console UI: the request desk', () => {
  deskTest(
    'who asked, where and how urgent, in the queue and the detail; the filter survives a reload',
    async ({ t, page, problems, desk }) => {
      const { requestId, number } = desk;
      const violations: string[] = [];
      await signIn(page, t.hub.url);
      const link = `${t.hub.url}/#/requests/${requestId}?state=new`;
      await page.goto(link);

      // The queue row: number, who asked, the room and seat, a stopped class.
      const row = page.locator(`.queue a[data-request-id="${requestId}"]`);
      await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
      const rowText = await row.textContent();
      for (const part of [`#${number}`, 'Maya', 'Room 12 · seat B3', 'Class stopped'])
        expect(rowText).toContain(part);
      expect(await row.getAttribute('aria-current')).toBe('true');

      // The detail says the same, as named facts.
      const detail = page.getByRole('article');
      const heading = detail.getByRole('heading', { level: 2, name: new RegExp(`#${number}`) });
      await heading.waitFor();
      expect(await detail.getByTestId('detail-requester').textContent()).toBe('Maya');
      expect(await detail.getByTestId('detail-where').textContent()).toBe('Room 12 · seat B3');
      expect(await detail.textContent()).toContain('Class stopped');

      // A reload keeps the same request open and the same filter.
      await page.reload();
      await heading.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(page.url()).toBe(link);
      expect(
        await page.getByRole('search').getByRole('button', { name: /State/ }).textContent(),
      ).toContain('Waiting');
      violations.push(...(await checkView(page, 'request-desk-1440')));

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  deskTest(
    'claim, a canned reply, a staff note, resolve with a note and undo: focus and words follow',
    async ({ t, page, problems, desk }) => {
      const { pc, requestId, number } = desk;
      const violations: string[] = [];
      const detail = page.getByRole('article');
      const heading = detail.getByRole('heading', { level: 2, name: new RegExp(`#${number}`) });
      const row = page.locator(`.queue a[data-request-id="${requestId}"]`);
      await page.goto(`${t.hub.url}/#/requests/${requestId}?state=new`);
      await heading.waitFor({ timeout: LIVE_TIMEOUT_MS });

      // Claim: focus on the request's heading, the result said politely; it leaves the filter
      // (no longer new) but stays open, saying so.
      const announcer = page.getByTestId('desk-announcer');
      await detail.getByRole('button', { name: 'Claim' }).click();
      await expect.poll(() => announcer.textContent()).toBe(`Claimed request #${number}`);
      await expect
        .poll(() => page.evaluate<{ id: string }>(FOCUSED))
        .toMatchObject({
          id: 'request-title',
        });
      await expect
        .poll(() => detail.getByTestId('outside-filter').textContent())
        .toBe('This request no longer matches the filter: In progress');

      // A canned reply, inserted, edited, sent; the tray reads it.
      // By keyboard: open the picker, move to the reply, take it.
      await detail.getByRole('button', { name: /Insert a canned reply/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: CANNED.title }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const message = detail.getByLabel('Message to the requester');
      await expect.poll(() => message.inputValue()).toBe(CANNED.text);
      // The reply's words are in the field, ready to edit, and the focus is there too.
      await expect
        .poll(() => page.evaluate<{ id: string }>(FOCUSED))
        .toMatchObject({
          id: (await message.getAttribute('id')) ?? 'the message field',
        });
      await message.press('End');
      await message.pressSequentially(' Five minutes.');
      const messaged = nextEvent<RequesterRequest>(pc.agent, 'help:updated');
      await detail.getByRole('button', { name: 'Send' }).click();
      expect((await messaged).messages.at(-1)).toMatchObject({
        kind: 'message',
        body: `${CANNED.text} Five minutes.`,
      });
      await expect.poll(() => announcer.textContent()).toBe('Message sent');

      // A staff note: in the timeline for staff, never in the tray.
      await detail
        .getByRole('textbox', { name: /Staff note/ })
        .fill('Tray 2 latch is loose; ordered a new one.');
      await detail.getByRole('button', { name: 'Add staff note' }).click();
      const timeline = detail.getByRole('list', { name: 'Timeline' });
      await expect
        .poll(() => timeline.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('Tray 2 latch is loose; ordered a new one.');
      expect(await timeline.textContent()).toContain('left a staff note (only staff see it)');
      const tray = await pc.agent.emitWithAck('help:list', {});
      expect(JSON.stringify(tray)).not.toContain('latch');

      // Resolve with a note: the requester reads it; Undo takes the focus.
      const resolved = nextEvent<RequesterRequest>(pc.agent, 'help:updated');
      await detail.getByRole('button', { name: 'Mark resolved…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/What was done/).fill('Reseated the tray; prints fine now.');
      await dialog.getByRole('button', { name: 'Resolve' }).click();
      const afterResolve = await resolved;
      expect(afterResolve.state).toBe('resolved');
      expect(afterResolve.messages.map((m) => m.body)).toContain(
        'Reseated the tray; prints fine now.',
      );
      await expect
        .poll(() => announcer.textContent())
        .toBe(`Resolved request #${number}. Undo is offered for a few seconds.`);
      await expect
        .poll(() => page.evaluate<{ text: string }>(FOCUSED))
        .toMatchObject({
          text: 'Undo',
        });

      // Undo within the window: back in progress, with Maya's tray told; focus on the heading.
      const undone = nextEvent<RequesterRequest>(pc.agent, 'help:updated');
      await detail.getByRole('button', { name: 'Undo' }).click();
      expect(await undone).toMatchObject({ id: requestId, state: 'claimed' });
      await expect
        .poll(() => announcer.textContent())
        .toBe(`Resolve undone: request #${number} is in progress again`);
      await expect
        .poll(() => page.evaluate<{ id: string }>(FOCUSED))
        .toMatchObject({
          id: 'request-title',
        });
      await expect
        .poll(() => timeline.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('undid the resolve; it is in progress again');

      // Everything that happened, for staff: the message, the staff note, the undone resolve.
      violations.push(...(await checkView(page, 'request-desk-worked-1440')));

      // The open queue at 1024 px: the row and the detail, nothing cut off that matters.
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`${t.hub.url}/#/requests/${requestId}`);
      await heading.waitFor({ timeout: LIVE_TIMEOUT_MS });
      await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await row.isVisible()).toBe(true);
      violations.push(...(await checkView(page, 'request-desk-1024')));
      await page.setViewportSize({ width: 1440, height: 900 });

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  deskTest(
    'the coordinator adds a canned reply from the Requests page; the picker offers it',
    async ({ t, page, problems, desk }) => {
      await page.goto(`${t.hub.url}/#/requests/${desk.requestId}`);
      await page.getByRole('button', { name: 'Canned replies…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Title' }).fill('Restart first');
      await dialog
        .getByRole('textbox', { name: 'Reply' })
        .fill('Could you restart the computer and try once more?');
      await dialog.getByRole('button', { name: 'Add reply' }).click();
      const list = dialog.getByRole('list', { name: 'Canned replies' });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
      expect(await list.textContent()).toContain('Restart first');
      const violations = await checkView(page, 'request-desk-canned-replies');
      await dialog.getByRole('button', { name: 'Done' }).click();

      await page
        .getByRole('article')
        .getByRole('button', { name: /Insert a canned reply/ })
        .click();
      await page.getByRole('option', { name: 'Restart first' }).waitFor();
      await page.keyboard.press('Escape');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  deskTest(
    'a second new request in the same words is announced again',
    async ({ page, problems, desk }) => {
      const { pc } = desk;
      // Two new requests in the same words: each is announced (a new element each time, which a
      // screen reader reads even when the words are the same).
      const arrivals = page.getByTestId('request-announcement');
      const same = { category: 'internet' as const, text: 'No internet' };
      await raiseHand(pc.agent, same);
      await expect
        .poll(() => arrivals.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('New request from lab-pc-4: Internet');
      await page.evaluate(MARK_ANNOUNCEMENT);
      await raiseHand(pc.agent, same);
      await expect
        .poll(() => page.evaluate<boolean>(ANNOUNCEMENT_MARKED), { timeout: LIVE_TIMEOUT_MS })
        .toBe(false);
      expect(await arrivals.textContent()).toBe('New request from lab-pc-4: Internet');

      expect(problems).toEqual([]);
    },
  );
});
