// A re-imaged lab in the real console: the coordinator sees the new enrollments that look like
// known computers, links the ones that are, keeps one apart, and finds the history on the new
// record. An advisor sees none of it.
import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { PROTOCOL_VERSION, type Enrolled } from '@handraise/shared';
import { TEST_ENROLL_TOKEN } from '../../src/hub/testing/test-hub.ts';
import { ADVISOR, createAdvisor } from '../../src/hub/testing/advisor.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';

const LAB = ['lab-01', 'lab-02', 'lab-03'];

/** The text of an element that may not be there yet: null instead of waiting for it. */
const textOf = (locator: Locator) => locator.textContent({ timeout: 500 }).catch(() => null);

/**
 * The console fixtures in a smaller window, with the coordinator's session token, a way to enroll
 * a lab computer with its hardware and system IDs, and the lab as it was before the summer (each
 * computer enrolled once and with a request) in the hub before the page opens.
 */
const reinstallsTest = consoleTest
  .override('viewport', { width: 1024, height: 768 })
  .extend('admin', { scope: 'file' }, async ({ t }) => t.signIn())
  /** Enrolls lab computer number `i` under `hostname`, as the system `machineId` installed on it. */
  .extend(
    'enrollAs',
    { scope: 'file' },
    async ({ t }) =>
      async (hostname: string, i: number, machineId: string): Promise<Enrolled> => {
        const { body } = await t.http<Enrolled>('/api/enroll', {
          body: {
            token: TEST_ENROLL_TOKEN,
            identity: { hostname, uuid: `4C4C4544-0046-4810-8057-B3C04F385A3${i}`, machineId },
            protocolVersion: PROTOCOL_VERSION,
          },
        });
        if (!body.ok) throw new Error(body.error);
        return body.data;
      },
  )
  .extend('lab', { scope: 'file', auto: true }, async ({ t, enrollAs }) => {
    for (const [i, hostname] of LAB.entries()) {
      const agent = await t.connectAgent(
        await enrollAs(hostname, i, `a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a${i}`),
      );
      await raiseHand(agent, { category: 'app', text: `Scratch will not start on ${hostname}` });
      // lab-03's old record stays connected: its suggestion must not be ticked for the coordinator.
      if (hostname !== 'lab-03') agent.disconnect();
    }
  });

describe('console UI: re-installed computers', () => {
  reinstallsTest(
    'links two re-imaged computers, keeps one apart, and shows where the history came from',
    async ({ t, page, problems, enrollAs }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Devices', exact: true }).click();
      // Summer: the lab is re-imaged while the console is open.
      const after: Enrolled[] = [];
      for (const [i, hostname] of LAB.entries())
        after.push(await enrollAs(hostname, i, `b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b${i}`));
      const notice = page.getByTestId('reinstalls-notice');
      await expect
        .poll(() => textOf(notice), { timeout: LIVE_TIMEOUT_MS })
        .toContain('3 new computers look like computers Handraise already knows');

      await notice.getByRole('button', { name: 'Review' }).click();
      const dialog = page.getByRole('dialog');
      const rows = dialog.getByTestId('reinstalls').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await rows.first().textContent()).toContain('hardware ID');
      expect(await checkView(page, 'devices-reinstalls')).toEqual([]);

      const risky = rows.filter({ hasText: 'lab-03' });
      expect(await risky.textContent()).toContain('The old record is still connected');
      expect(await risky.getByRole('checkbox').isChecked()).toBe(false);
      await dialog.getByRole('button', { name: 'Link 2 computers' }).click();
      await expect
        .poll(() => textOf(notice), { timeout: LIVE_TIMEOUT_MS })
        .toContain('1 new computer looks like a computer Handraise already knows');
      await notice.getByRole('button', { name: 'Review' }).click();
      // The coordinator looks at the connected one and keeps the two records apart.
      await page.getByRole('dialog').getByText('Link lab-03').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Keep apart' }).click();
      await expect.poll(() => notice.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);

      // Two old records are gone; lab-03 stays twice, as the coordinator chose.
      await expect
        .poll(() => page.getByTestId('devices-shown').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Showing 4 of 4');
      await page.goto(`${t.hub.url}/#/devices/${after[0]!.deviceId}`);
      await page.getByText(/Re-installed from/).waitFor();
      expect(await page.getByText(/its history was carried over/).textContent()).toMatch(
        /^lab-01, enrolled .*by Coordinator$/,
      );
      await page.getByRole('tab', { name: /Requests/ }).click();
      await page.getByText('Scratch will not start on lab-01').waitFor();
      expect(problems).toEqual([]);
    },
  );

  reinstallsTest(
    'shows an advisor nothing of it, and the hub refuses them',
    async ({ t, admin, enrollAs, otherConsole }) => {
      const third = await enrollAs('lab-02', 1, 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c1');
      const { token } = await createAdvisor(t, admin);
      expect((await t.http('/api/reinstalls', { token })).status).toBe(403);
      const advisor = await otherConsole(ADVISOR);
      await advisor.page.getByRole('link', { name: 'Devices', exact: true }).click();
      await advisor.page.getByTestId('devices-shown').waitFor();
      expect(await advisor.page.getByTestId('reinstalls-notice').count()).toBe(0);
      await advisor.page.close();
      expect(advisor.problems).toEqual([]);
      // The coordinator still has it waiting.
      const view = await t.http<{ suggestions: { deviceId: string }[] }>('/api/reinstalls', {
        token: admin,
      });
      expect(view.body.ok && view.body.data.suggestions.map((s) => s.deviceId)).toEqual([
        third.deviceId,
      ]);
    },
  );
});
