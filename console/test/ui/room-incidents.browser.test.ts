// The console UI in Chromium with a room incident in the queue: three Internet requests from Room
// 12 show as one line that opens to its requests; opening one says it is part of the incident,
// and Claim and Mark resolved act on all of them, each requester told; one split out is merged back
// by hand, while another room's request, or one about something else, has nothing to merge into.
// Checked with axe and photographed, light and dark.
import { describe, expect } from 'vitest';
import type { HubSettingsView, RequesterRequest } from '@handraise/shared';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { computersIn, type Computer } from '../../src/hub/testing/room-incidents.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

/** Resolves once every computer has heard its request reach `state`. */
const allHear = (computers: Computer[], state: RequesterRequest['state']) =>
  Promise.all(
    computers.map(
      (pc) =>
        new Promise<RequesterRequest>((resolve) => {
          const listener = (request: RequesterRequest) => {
            if (request.state !== state) return;
            pc.agent.off('help:updated', listener);
            resolve(request);
          };
          pc.agent.on('help:updated', listener);
        }),
    ),
  );

/**
 * Room 12's three computers, each with an Internet request (the third also with "Something
 * else"), and the Library's with a printer one.
 */
const incidentTest = consoleTest.extend('school', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const pcs = await computersIn(t, admin, 'Room 12', 3);
  const [library] = await computersIn(t, admin, 'Library', 1);
  if (!library) throw new Error('computer missing');
  await raiseHand(library.agent, { category: 'printer', text: 'Paper jam' });
  const texts = ['No internet at all', 'The Wi-Fi keeps dropping', 'Pages will not load'];
  for (const [i, pc] of pcs.entries())
    await raiseHand(pc.agent, { category: 'internet', text: texts[i] ?? 'No internet' });
  await raiseHand(pcs[2]!.agent, { category: 'other', text: 'The clock is wrong too' });
  return { room12: pcs, library };
});

describe('console UI: room incidents', () => {
  incidentTest(
    'the queue shows the incident as one line; it opens, and is claimed and resolved together',
    async ({ t, page, problems, school: { room12 } }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: /^Requests/ }).click();
      const line = page.getByRole('button', { name: /Internet · Room 12 · 3 requests/ });
      await line.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await line.getAttribute('aria-expanded')).toBe('false');
      const violations = await checkView(page, 'requests-incident');

      await line.click();
      const members = page.getByRole('list', { name: /Requests of Internet · Room 12/ });
      await expect.poll(() => members.getByRole('link').count()).toBe(3);
      await members.getByRole('link', { name: /No internet at all/ }).click();
      const detail = page.getByRole('article');
      await expect
        .poll(() => detail.textContent())
        .toContain('Part of an incident with 3 requests.');
      expect(await detail.getByRole('button', { name: 'Split out' }).isVisible()).toBe(true);

      const claimed = allHear(room12, 'claimed');
      await detail.getByRole('button', { name: 'Claim' }).click();
      const heard = await claimed;
      expect(heard.map((r) => r.helperName)).toEqual(['Coordinator', 'Coordinator', 'Coordinator']);
      await expect.poll(() => line.textContent()).toContain('In progress');
      await expect.poll(() => members.textContent()).not.toContain('Waiting');
      violations.push(...(await checkView(page, 'request-incident')));

      // Neither the Library's request nor Room 12's about something else can join: nothing to
      // merge into.
      for (const text of ['Paper jam', 'The clock is wrong too']) {
        await page.locator('[data-request-id]', { hasText: text }).click();
        await expect.poll(() => detail.textContent()).toContain(text);
        expect(await detail.getByRole('button', { name: 'Merge into…' }).count()).toBe(0);
      }
      // One split out, then merged back by hand, is the incident's again.
      await members.getByRole('link', { name: /Pages will not load/ }).click();
      await expect.poll(() => detail.textContent()).toContain('Pages will not load');
      await detail.getByRole('button', { name: 'Split out' }).click();
      await expect.poll(() => members.getByRole('link').count()).toBe(2);
      await detail.getByRole('button', { name: 'Merge into…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Merge into another request' }).waitFor();
      await dialog.getByRole('button', { name: /Merge with/ }).click();
      await page.getByRole('option', { name: /room-12-pc1 · Internet · Room 12/ }).click();
      violations.push(...(await checkView(page, 'request-incident-merge')));
      await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
      const merged = page.getByRole('button', { name: /Internet · Room 12 · 3 requests/ });
      await merged.waitFor({ timeout: LIVE_TIMEOUT_MS });
      await expect.poll(() => members.getByRole('link').count()).toBe(3);

      const resolved = allHear(room12, 'resolved');
      await detail.getByRole('button', { name: 'Mark resolved…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
      expect((await resolved).map((r) => r.state)).toEqual(['resolved', 'resolved', 'resolved']);
      // Resolved requests leave the open queue, the incident with them.
      await expect.poll(() => merged.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  incidentTest(
    'the settings page shows the thresholds, saves them, and refuses values out of bounds',
    async ({ t, page, problems }) => {
      await page.getByRole('link', { name: 'Settings' }).click();
      const least = page.getByLabel('Requests that make a room incident');
      const within = page.getByLabel('Incident window (minutes)');
      await expect.poll(() => least.inputValue()).toBe('3');
      expect(await within.inputValue()).toBe('10');
      const save = page.getByRole('button', { name: 'Save settings' });
      const admin = await t.signIn();
      const saved = async () => {
        const read = await t.http<HubSettingsView>('/api/settings', { token: admin });
        if (!read.body.ok) throw new Error(read.body.error);
        return [read.body.data.incidentMinRequests, read.body.data.incidentWindowMinutes];
      };

      await least.fill('1');
      await save.click();
      await expect
        .poll(() => page.getByRole('alert').allTextContents())
        .toContain('A room incident takes 2 to 20 requests within 1 to 120 minutes.');
      expect(await saved()).toEqual([3, 10]);

      await least.fill('4');
      await within.fill('15');
      await save.click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      expect(await saved()).toEqual([4, 15]);
      const violations = await checkView(page, 'settings-incidents');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
