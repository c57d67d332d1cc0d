// The Tech Advisor program in Chromium on a real hub whose clock the test moves: an advisor's own
// page shows her figures, her badge waiting for sign-off, and saves her service hours; the
// coordinator sees the week and every advisor in a table, and signs the badge off, which the
// advisor then sees as earned. Each view is checked with axe and photographed light and dark.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { AdvisorProgram } from '@handraise/shared';
import { manualClock } from '../../src/hub/testing/manual-clock.ts';
import { deskOn, MINUTE_MS } from '../../src/hub/testing/program-desk.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

/** The hub's clock starts a few hours back, so its morning is inside the page's "this term". */
const clock = manualClock(Date.now() - 6 * 60 * MINUTE_MS);
const ANA = { username: 'ana', password: 'advisor-password-1' };

/**
 * A morning at the desk: Ana claims five printer requests after 2 minutes and fixes each in 10
 * (the "Printer helper" badge), and holds an internet one claimed after 4; Ben fixes an app in 4
 * after 1; the coordinator fixes a sign-in problem.
 */
const programTest = consoleTest
  .override('hubOptions', { clock })
  .extend('desk', { scope: 'file' }, async ({ t }) => {
    const desk = await deskOn(t, clock);
    const ana = await desk.advisor('ana', 'Ana Reyes');
    const ben = await desk.advisor('ben', 'Ben Ito');
    const { agent } = await desk.computer('lab-pc-01', 'Room 12');
    for (let i = 0; i < 5; i++) {
      const printer = await desk.raise(agent, 'printer', i * 20);
      await desk.claim(ana.socket, printer, i * 20 + 2);
      await desk.resolve(ana.socket, printer, i * 20 + 12);
    }
    const wifi = await desk.raise(agent, 'internet', 100);
    await desk.claim(ana.socket, wifi, 104);
    const app = await desk.raise(agent, 'app', 110);
    await desk.claim(ben.socket, app, 111);
    await desk.resolve(ben.socket, app, 115);
    const signInProblem = await desk.raise(agent, 'sign-in', 120);
    await desk.claim(desk.coordinator, signInProblem, 121);
    await desk.resolve(desk.coordinator, signInProblem, 125);
    desk.moveTo(130);
    return { ...desk, ana, ben };
  });

/** A table row's cells as text, from its row header on. */
const rowOf = async (page: Page, name: RegExp) =>
  page
    .getByRole('region', { name: 'Advisors' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) })
    .getByRole('cell')
    .allTextContents();

const openProgram = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Program' })
    .click();
};

describe('console UI: the Tech Advisor program', () => {
  programTest(
    'shows an advisor her own figures, her badge waiting for sign-off, and saves her hours',
    async ({ desk, otherConsole }) => {
      const { page, problems } = await otherConsole(ANA);
      await openProgram(page);
      await page.getByRole('heading', { name: 'My program', level: 1 }).waitFor();
      const tiles = page.locator('.grid.tiles .tile');
      await expect
        .poll(() => tiles.allTextContents(), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([
          'Claimed6',
          'Resolved5',
          'Reopened0',
          'Median first response2 min',
          'Median to resolution10 min',
        ]);
      const categories = page.getByRole('region', { name: 'By category' });
      expect(await categories.getByRole('row').allTextContents()).toEqual([
        'CategoryClaimedResolvedReopenedFirst responseTo resolution',
        'Internet1004 min—',
        'Printer5502 min10 min',
      ]);
      const badges = page.getByRole('region', { name: 'My badges' });
      expect(await badges.locator('.badge-item').allTextContents()).toEqual([
        'Printer helperEarned, waiting for sign-off',
      ]);
      // Signing off is the coordinator's: no button here.
      expect(await badges.getByRole('button').count()).toBe(0);
      expect(await checkView(page, 'program-advisor-waiting')).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download my hours (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('service-hours-ana-reyes.csv');
      const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
      expect(lines[0]).toBe('Date,Minutes,Category,Room,Request');
      expect(lines.slice(1, -1).map((line) => line.split(',').slice(1, 4))).toEqual(
        Array.from({ length: 5 }, () => ['10', 'Printer', 'Room 12']),
      );
      // Another advisor's figures are not hers to read, whatever the page asks.
      const theirs = await desk.t.http(`/api/program/advisors/${desk.ben.user.id}`, {
        token: desk.ana.token,
      });
      expect(theirs.body).toEqual({ ok: false, error: 'forbidden' });
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  programTest(
    'gives the coordinator the week and every advisor, and signs a badge off that the advisor then sees earned',
    async ({ t, page, problems, desk, otherConsole }) => {
      await signIn(page, t.hub.url);
      await openProgram(page);
      await page.getByRole('heading', { name: 'Tech Advisor program', level: 1 }).waitFor();
      const week = page.getByRole('region', { name: 'This week' });
      await week.getByText('Ana Reyes').waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await week.locator('dd').allTextContents()).toEqual([
        '6',
        '1',
        '2 min',
        'Ana Reyes (5 resolved)Ben Ito (1 resolved)',
      ]);
      await page.getByRole('rowheader', { name: /Ana Reyes/ }).waitFor();
      expect(await rowOf(page, /^Ana Reyes/)).toEqual([
        '6',
        '5',
        '0',
        '2 min',
        '10 min',
        'Printer helperEarned, waiting for sign-offSign off',
        'Hours CSV',
      ]);
      expect(await rowOf(page, /^Ben Ito/)).toEqual([
        '1',
        '1',
        '0',
        '1 min',
        '4 min',
        'None yet',
        'Hours CSV',
      ]);
      expect(await checkView(page, 'program-coordinator')).toEqual([]);

      await page.getByRole('button', { name: 'Sign off Printer helper' }).click();
      await page.getByText('Signed off by Coordinator', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Sign off Printer helper' }).count()).toBe(0);
      const stored = await t.http<AdvisorProgram>(`/api/program/advisors/${desk.ana.user.id}`, {
        token: desk.admin,
      });
      expect(stored.body.ok && stored.body.data.badges.map((b) => b.signedOff?.byName)).toEqual([
        'Coordinator',
      ]);
      expect(await checkView(page, 'program-coordinator-signed')).toEqual([]);

      // Ana's page now shows the badge earned.
      const ana = await otherConsole(ANA);
      await openProgram(ana.page);
      const badges = ana.page.getByRole('region', { name: 'My badges' });
      await badges.getByText('Signed off by Coordinator', { exact: false }).waitFor();
      expect(await badges.locator('.pill').allTextContents()).toEqual(['Earned']);
      expect(await checkView(ana.page, 'program-advisor')).toEqual([]);
      expect(ana.problems).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
