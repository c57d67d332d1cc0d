// Tech Advisor accounts and the settings about them, in Chromium on a real hub, at 1024 px: the
// coordinator gives a student advisor rooms, skills from the suggested words and a weekly
// timetable, changes it later, and sees it summed up in the accounts list; the hub stores what
// the forms sent. In Settings, the line the tray shows a requester who cannot wait, and whether
// student advisors see the software list of a computer they help with.
import { describe, expect } from 'vitest';
import type { Account, HubSettingsView } from '@handraise/shared';
import type { TestHub } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, signIn } from './support/console-page.ts';

const FALLBACK = 'If your class is stopped, call extension 1234';

/**
 * The console fixtures at the narrowest width the console is made for, in a US locale, with the
 * coordinator's token.
 */
const accountsTest = consoleTest
  .override('viewport', { width: 1024, height: 768 })
  // Times are shown as the reader's clock says them: a US school's here.
  .override('page', async ({ browser, viewport }) => browser.newPage({ viewport, locale: 'en-US' }))
  .extend('admin', { scope: 'file' }, async ({ t }) => t.signIn());

/** An account as the hub has it now, by username. */
async function accountOf(
  t: TestHub,
  admin: string,
  username: string,
): Promise<Account | undefined> {
  const { body } = await t.http<Account[]>('/api/users', { token: admin });
  if (!body.ok) throw new Error(`accounts refused: ${body.error}`);
  return body.data.find((a) => a.username === username);
}

describe('console UI: Tech Advisor accounts and settings', () => {
  accountsTest(
    'gives an advisor skills and a weekly timetable, edits them, and sums the week up in the list',
    async ({ t, page, problems, admin }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'People', exact: true }).click();
      const form = page.getByRole('form', { name: 'Add an account' });
      await form.getByLabel('Name', { exact: true }).fill('Zoe Park');
      await form.getByLabel('Username').fill('zoe');
      await form.getByLabel('First password').fill('zoe-password-1');
      await form.getByRole('textbox', { name: 'Rooms' }).fill('Room 12');

      // The words that name a kind of request are offered; pressing one adds it to the list.
      const suggestions = form.getByRole('group', { name: 'Kinds of request' });
      expect(await suggestions.getByRole('button').allTextContents()).toEqual([
        'Wi-Fi',
        'Printers',
        'Accounts',
        'Apps',
        'Sound and screen',
      ]);
      await form.getByRole('textbox', { name: 'Skills' }).fill('projectors');
      await suggestions.getByRole('button', { name: 'Printers' }).click();
      expect(await form.getByRole('textbox', { name: 'Skills' }).inputValue()).toBe(
        'projectors, Printers',
      );
      expect(
        await suggestions.getByRole('button', { name: 'Printers' }).getAttribute('aria-pressed'),
      ).toBe('true');

      // Two periods: the second starts as the same hours on the next day.
      await form.getByRole('button', { name: 'Add a period' }).click();
      const first = form.getByRole('group', { name: 'Period 1' });
      await first.getByLabel('Day', { exact: true }).selectOption({ label: 'Wednesday' });
      await first.getByLabel('from', { exact: true }).fill('12:30');
      await first.getByLabel('to', { exact: true }).fill('13:15');
      await form.getByRole('button', { name: 'Add a period' }).click();
      const second = form.getByRole('group', { name: 'Period 2' });
      expect(await second.getByLabel('Day', { exact: true }).inputValue()).toBe('4');
      expect(await second.getByLabel('from', { exact: true }).inputValue()).toBe('12:30');

      // A period that ends before it starts is refused before anything is sent.
      await second.getByLabel('to', { exact: true }).fill('11:00');
      await form.getByRole('button', { name: 'Create account' }).click();
      await form.getByText('Each period of the timetable ends after it starts.').waitFor();
      expect(await accountOf(t, admin, 'zoe')).toBeUndefined();
      await second.getByLabel('to', { exact: true }).fill('13:15');
      await form.getByRole('button', { name: 'Create account' }).click();
      await form.getByText('Zoe Park can now sign in as “zoe”.').waitFor();

      const created = await accountOf(t, admin, 'zoe');
      expect(created?.advisor).toEqual({
        kind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
        skills: ['projectors', 'Printers'],
        timetable: [
          { day: 3, from: '12:30', to: '13:15' },
          { day: 4, from: '12:30', to: '13:15' },
        ],
      });
      const row = page.getByTestId('accounts').locator('li').filter({ hasText: 'Zoe Park' });
      await expect
        .poll(() => row.getByTestId('timetable-summary').textContent())
        .toBe('Free Wed, Thu 12:30 PM–1:15 PM');
      // The coordinator has no timetable line; an advisor without hours is on duty by the switch.
      expect(await page.getByTestId('timetable-summary').count()).toBe(1);
      expect(await checkView(page, 'people-advisor-timetable')).toEqual([]);

      // Later: Thursday goes, Friday morning comes, and Printers is taken out again.
      await page.getByRole('button', { name: 'Manage Zoe Park' }).click();
      const dialog = page.getByRole('dialog', { name: 'Zoe Park' });
      const details = dialog.getByRole('form', { name: 'Account details' });
      expect(await details.getByRole('group', { name: /^Period / }).count()).toBe(2);
      await details.getByRole('button', { name: 'Remove period 2' }).click();
      await details.getByRole('button', { name: 'Add a period' }).click();
      const friday = details.getByRole('group', { name: 'Period 2' });
      await friday.getByLabel('Day', { exact: true }).selectOption({ label: 'Friday' });
      await friday.getByLabel('from', { exact: true }).fill('08:00');
      await friday.getByLabel('to', { exact: true }).fill('08:45');
      await details
        .getByRole('group', { name: 'Kinds of request' })
        .getByRole('button', { name: 'Printers' })
        .click();
      expect(await details.getByRole('textbox', { name: 'Skills' }).inputValue()).toBe(
        'projectors',
      );
      expect(await checkView(page, 'people-advisor-timetable-edit')).toEqual([]);
      await details.getByRole('button', { name: 'Save details' }).click();
      // Skills and hours change nothing they may reach: no signing out.
      await details.getByText('Saved.', { exact: true }).waitFor();
      expect((await accountOf(t, admin, 'zoe'))?.advisor).toMatchObject({
        skills: ['projectors'],
        timetable: [
          { day: 3, from: '12:30', to: '13:15' },
          { day: 5, from: '08:00', to: '08:45' },
        ],
      });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect
        .poll(() => row.getByTestId('timetable-summary').textContent())
        .toBe('Free Wed 12:30 PM–1:15 PM; Fri 8:00 AM–8:45 AM');
      expect(problems).toEqual([]);
    },
  );

  accountsTest(
    "sets the requester's fallback line and what student advisors may see",
    async ({ t, page, problems, admin }) => {
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      const fallback = page.getByRole('textbox', { name: 'When a requester cannot wait' });
      const software = page.getByRole('checkbox', {
        name: 'Student advisors may see the software list of a computer they help with',
      });
      // Nothing set yet: no line, and students see no software.
      await expect.poll(() => fallback.inputValue()).toBe('');
      expect(await software.isChecked()).toBe(false);

      await fallback.fill(`  ${FALLBACK}  `);
      // The box is drawn by the console; the label is what a person clicks.
      await page.getByText('Student advisors may see the software list', { exact: false }).click();
      expect(await software.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const saved = await t.http<HubSettingsView>('/api/settings', { token: admin });
      expect(saved.body).toMatchObject({
        ok: true,
        data: { fallbackContact: FALLBACK, studentsSeeSoftware: true },
      });
      expect(await checkView(page, 'settings-advisors')).toEqual([]);

      // After a reload the form shows what the hub keeps; emptied, the line is gone.
      await page.reload();
      await expect.poll(() => fallback.inputValue()).toBe(FALLBACK);
      expect(await software.isChecked()).toBe(true);
      await fallback.fill('');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const cleared = await t.http<HubSettingsView>('/api/settings', { token: admin });
      expect(cleared.body).toMatchObject({
        ok: true,
        data: { fallbackContact: null, studentsSeeSoftware: true },
      });
      expect(problems).toEqual([]);
    },
  );
});
