// A computer's privacy actions, in Chromium on a real hub: the coordinator saves everything about
// it as a JSON file, is asked before deleting (the dialog names the computer and what goes), can
// keep it, then deletes it and is taken back to the list that no longer has it; another computer
// stays. An advisor's page of a computer has no such actions. A finished request whose picture
// retention deleted says so, and Settings holds the screenshot retention. Pictured light and dark,
// with axe.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { DeviceDataExport } from '@handraise/shared';
import { reportingComputer } from '../../src/hub/privacy/privacy-fixtures.ts';
import { sweepExpiredMedia } from '../../src/hub/retention.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { sampleJpeg } from '../../src/hub/testing/sample-inventory.ts';
import { advisorConsole } from '../../src/hub/testing/school.ts';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const privacyTest = consoleTest.extend('school', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const kept = await reportingComputer(t, admin, 'lab-pc-02', 'Room 12');
  const gone = await reportingComputer(t, admin, 'lab-pc-01', 'Room 12');
  await raiseHand(gone.agent, {
    category: 'printer',
    text: 'The printer says offline',
    requester: 'Maya',
    screenshot: sampleJpeg(),
  });
  return { admin, kept, gone };
});

describe("console UI: a computer's privacy actions", () => {
  privacyTest(
    'export the data, then delete everything about the computer after a confirm',
    async ({ t, page, problems, school }) => {
      const { gone, kept } = school;
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/devices/${encodeURIComponent(gone.deviceId)}`);
      const card = page.getByRole('region', { name: 'Privacy' });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
      // The request count comes with the console's live list.
      await page.getByRole('tab', { name: 'Requests (1)' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
      const violations = await checkView(page, 'device-privacy');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: 'Export data' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('lab-pc-01-data.json');
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as DeviceDataExport;
      expect(saved.device).toMatchObject({ id: gone.deviceId, name: 'lab-pc-01' });
      expect(saved.requests.map((r) => [r.text, r.screenshot?.type])).toEqual([
        ['The printer says offline', 'image/jpeg'],
      ]);
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('Saved lab-pc-01-data.json.');

      // The confirm names the computer and what goes; "Keep it" changes nothing.
      const ask = () =>
        card.getByRole('button', { name: 'Delete everything about this computer…' }).click();
      await ask();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('heading', { name: 'Delete everything about lab-pc-01?' }).waitFor();
      expect(await confirm.textContent()).toContain(
        "This deletes lab-pc-01's inventory (hardware, software, updates), 1 help request with its screenshot, snapshot and conversation, and the log of who looked at it.",
      );
      violations.push(...(await checkView(page, 'device-privacy-confirm')));
      await confirm.getByRole('button', { name: 'Keep it' }).click();
      await confirm.waitFor({ state: 'detached' });
      const stillThere = await t.hub.database.db
        .selectFrom('devices')
        .select('id')
        .where('id', '=', gone.deviceId)
        .executeTakeFirst();
      expect(stillThere).toBeDefined();

      await ask();
      await confirm.getByRole('button', { name: 'Delete lab-pc-01' }).click();
      await expect.poll(() => page.url()).toMatch(/#\/devices$/);
      const names = page.getByTestId('devices-table').locator('tbody tr:not(.spacer) .row-link');
      await expect.poll(() => names.allTextContents()).toEqual(['lab-pc-02']);
      const left = await t.hub.database.db.selectFrom('devices').select('id').execute();
      expect(left.map((d) => d.id)).toEqual([kept.deviceId]);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  privacyTest(
    "an advisor's page of a computer has no privacy actions",
    async ({ t, otherConsole, school }) => {
      await advisorConsole(t, school.admin, {
        username: 'ben',
        displayName: 'Ben Ito',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const { page, problems } = await otherConsole({
        username: 'ben',
        password: 'advisor-password-1',
      });
      await page.goto(`${t.hub.url}/#/devices/${encodeURIComponent(school.kept.deviceId)}`);
      await page.getByRole('heading', { name: 'lab-pc-02' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
      await page.getByRole('tab', { name: 'Overview' }).waitFor();
      expect(await page.getByRole('region', { name: 'Privacy' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Export data' }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );

  privacyTest(
    'a finished request whose picture retention deleted says so; Settings holds the days',
    async ({ t, otherConsole, school }) => {
      const requestId = await raiseHand(school.kept.agent, {
        category: 'app',
        text: 'The reading app will not open',
        requester: 'Noah',
        screenshot: sampleJpeg(),
        snapshot: { softwareCount: 212 },
      });
      const coordinator = await t.connectConsole(school.admin);
      for (const step of ['request:claim', 'request:resolve'] as const)
        expect(await coordinator.emitWithAck(step, { requestId })).toMatchObject({ ok: true });
      // As the sweep does 31 days on: the default keeps pictures of finished requests 30 days.
      const monthLater = { now: () => new Date(Date.now() + 31 * 24 * 60 * 60 * 1000) };
      expect(await sweepExpiredMedia(t.hub.database.db, monthLater, 30)).toBe(1);

      // A console of its own, signed in afresh, whichever test ran before.
      const { page, problems } = await otherConsole({
        username: 'admin',
        password: TEST_ADMIN_PASSWORD,
      });
      await page.goto(`${t.hub.url}/#/requests/${encodeURIComponent(requestId)}`);
      const screenshot = page.getByRole('region', { name: 'Screenshot' });
      await screenshot.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await screenshot.textContent()).toMatch(
        /A picture of the screen came with this request\. It was deleted on .+, as the privacy settings keep screenshots and details of finished requests only for a while\./,
      );
      expect(await page.getByTestId('snapshot-removed').textContent()).toMatch(
        /^The computer's details from that moment were deleted on /,
      );
      expect(await page.getByText('The reading app will not open').count()).toBeGreaterThan(0);
      const violations = await checkView(page, 'request-retention-removed');

      await page.goto(`${t.hub.url}/#/settings`);
      const days = page.getByLabel('Keep screenshots of finished requests for (days)');
      await days.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await days.inputValue()).toBe('30');
      await days.fill('0');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect
        // Settings holds more than one form, each with its own error line.
        .poll(() => page.locator('.form-error').filter({ hasText: 'screenshots' }).textContent())
        .toBe('Keep screenshots between 1 and 365 days.');
      await days.fill('14');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const saved = await t.http<{ screenshotRetentionDays: number }>('/api/settings', {
        token: school.admin,
      });
      expect(saved.body.ok && saved.body.data.screenshotRetentionDays).toBe(14);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
