// Whose session on a shared computer a request came from, in Chromium on a real hub: the
// coordinator reads "Signed in as" on the request's page (sent by the machine-wide agent
// service); a student advisor helping in that room does not. Pictured light and dark, with axe.
import { describe, expect } from 'vitest';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { advisorConsole, computerIn } from '../../src/hub/testing/school.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const accountTest = consoleTest.extend('school', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const lab = await computerIn(t, admin, 'lab-pc-12', 'Room 12');
  const requestId = await raiseHand(lab.agent, {
    category: 'app',
    text: 'Word will not open',
    requester: 'Maya',
    localAccount: 'maya.r',
  });
  return { admin, requestId };
});

describe("console UI: the computer's account a request came from", () => {
  accountTest(
    'the coordinator sees it on the request page',
    async ({ t, page, problems, school }) => {
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/requests/${school.requestId}`);
      const fact = page.getByTestId('detail-local-account');
      await fact.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await fact.textContent()).toBe('maya.r');
      expect(await page.getByRole('term').filter({ hasText: 'Signed in as' }).count()).toBe(1);
      const violations = await checkView(page, 'request-local-account');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  accountTest('a student advisor does not see it', async ({ t, otherConsole, school }) => {
    await advisorConsole(t, school.admin, {
      username: 'ana',
      displayName: 'Ana',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    const { page, problems } = await otherConsole({
      username: 'ana',
      password: 'advisor-password-1',
    });
    await page.goto(`${t.hub.url}/#/requests/${school.requestId}`);
    await page.getByTestId('detail-requester').waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await page.getByTestId('detail-requester').textContent()).toContain('Maya');
    expect(await page.getByTestId('detail-local-account').count()).toBe(0);
    expect(await page.getByText('Signed in as').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
