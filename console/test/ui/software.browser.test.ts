// Outdated software in Chromium on a real hub: a hand-made fleet where three computers wait for a
// Chrome update their own winget offers. The Software view lists Chrome first with the right
// count and the reasons beside the right computers; the coordinator makes an update task from
// it; new inventories from the agents tick the task's lines off and lower the counts live,
// without a reload. An advisor sees the task as theirs; a device's Outdated tab says why.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { consoleTest } from './support/console-fixture.ts';
import { fullReport } from '../../src/hub/testing/sample-inventory.ts';
import { ADVISOR, createAdvisor } from '../../src/hub/testing/advisor.ts';
import {
  checkView,
  LIVE_TIMEOUT_MS,
  axeViolations,
  signIn,
  watchProblems,
} from './support/console-page.ts';
import {
  CHROME,
  CHROME_BEHIND,
  CHROME_NEWEST,
  connectSoftwareFleet,
  FIREFOX_AVAILABLE,
  FIREFOX_TITLE,
  withChromeUpdated,
  type FleetComputer,
} from './support/software-fleet.ts';

/** Set on the page before the live part: still there afterwards means nothing reloaded it. */
const MARK_PAGE = 'window.__notReloaded = true';
const PAGE_MARKED = 'window.__notReloaded === true';

/**
 * The console fixtures, with the hand-made fleet connected (and an advisor account) before the
 * page opens, and this file's ways of finding things in it.
 */
const softwareTest = consoleTest
  .extend('fleet', { scope: 'file', auto: true }, async ({ t }) => {
    const admin = await t.signIn();
    await createAdvisor(t, admin);
    return connectSoftwareFleet(t, admin);
  })
  /** A computer of the fleet, by its name. */
  .extend('computer', { scope: 'file' }, async ({ fleet }) => (hostname: string): FleetComputer => {
    const found = fleet.find((c) => c.hostname === hostname);
    if (!found) throw new Error(`no ${hostname} in the fleet`);
    return found;
  })
  /** The Software table's row of a title, found by its name. */
  .extend(
    'titleRow',
    { scope: 'file' },
    async ({ page }) =>
      (name: string) =>
        page
          .getByTestId('software-table')
          .locator('tbody tr:not(.spacer)')
          .filter({ has: page.getByRole('link', { name, exact: true }) }),
  )
  /** The "Need update" count of a title's row (the fourth cell with the panel closed or open). */
  .extend('behindCell', { scope: 'file' }, async ({ page, titleRow }) => async (name: string) => {
    const row = titleRow(name);
    const wide = (await page.getByRole('columnheader', { name: 'Systems' }).count()) > 0;
    return row.getByRole('cell').nth(wide ? 3 : 2);
  });

describe('console UI: outdated software and update tasks', () => {
  /** The names of the computers listed in the open title's panel. */
  const listedComputers = (panel: Locator) =>
    panel.locator('.verdict-list > li .verdict-head .title').allTextContents();

  softwareTest(
    'lists the security fix first, then the title most behind, with the reasons beside the right computers',
    async ({ t, page, problems, computer, behindCell }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Software', exact: true }).click();
      const rows = page.getByTestId('software-table').locator('tbody tr:not(.spacer)');
      await expect
        .poll(() => rows.first().getByRole('link').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(FIREFOX_TITLE);
      expect(await rows.nth(1).getByRole('link').textContent()).toBe(CHROME);
      expect(await (await behindCell(CHROME)).textContent()).toBe('3');
      // The coordinator's question first: how many computers need updates.
      await expect
        .poll(() => page.getByTestId('software-headline').textContent(), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toMatch(
          /^[\d,]+ of [\d,]+ computers? needs? updates · \d+ titles?( · [\d,]+ computers? with security updates)?$/,
        );

      // The Room filter asks the hub for that room only.
      await choose(page, 'Room', 'Room 204');
      await expect.poll(async () => (await behindCell(CHROME)).textContent()).toBe('2');
      await expect
        .poll(() => page.getByTestId('software-headline').textContent(), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toMatch(/ need updates · .* in Room 204$/);
      await choose(page, 'Room', 'Every room');
      await expect.poll(async () => (await behindCell(CHROME)).textContent()).toBe('3');

      await rows.nth(1).getByRole('link', { name: CHROME }).click();
      const panel = page.getByTestId('title-panel');
      await panel.getByRole('heading', { level: 2, name: CHROME }).waitFor();
      await expect.poll(() => listedComputers(panel)).toEqual(CHROME_BEHIND.toSorted());
      for (const hostname of CHROME_BEHIND) {
        const entry = panel.locator(`li[data-device-id="${computer(hostname).deviceId}"]`);
        expect(await entry.textContent()).toContain('Needs update');
        expect(await entry.locator('.version-change').textContent()).toMatch(
          new RegExp(`→ ${CHROME_NEWEST.replaceAll('.', '\\.')}$`),
        );
        expect(await entry.locator('.reasons li').first().textContent()).toBe(
          `winget offers ${CHROME_NEWEST}`,
        );
      }
      // The two computers on the newest Chrome are listed as up to date, without reasons to act.
      await panel.locator('label.radio', { hasText: 'Up to date' }).click();
      await expect.poll(() => listedComputers(panel)).toEqual(['library-pc-05', 'room-204-pc-04']);
      await panel.locator('label.radio', { hasText: 'Needs update' }).click();
      // The newest version of each system is marked.
      expect(await panel.locator('.version-bar[data-newest="true"]').textContent()).toContain(
        CHROME_NEWEST,
      );

      expect(await checkView(page, 'software-outdated')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  softwareTest(
    'makes a task; inventories with the update tick it off and lower the counts live',
    async ({ page, problems, computer, titleRow, behindCell }) => {
      const panel = page.getByTestId('title-panel');
      await panel.getByRole('button', { name: 'Make an update task' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /Assign to/ }).click();
      await page.getByRole('option', { name: ADVISOR.displayName, exact: true }).click();
      await dialog.getByLabel('Note (optional)').fill('After school on Thursday.');
      await dialog.getByRole('button', { name: 'Make task' }).click();
      expect(await dialog.getByTestId('task-summary').textContent()).toBe(
        `${CHROME} behind on 3 machines`,
      );
      await dialog.getByRole('link', { name: 'Open Tasks' }).click();

      const card = page.locator('.task-card').filter({ hasText: `${CHROME} behind on 3 machines` });
      await card.waitFor();
      await expect.poll(() => page.getByTestId('open-tasks-badge').textContent()).toContain('1');
      expect(await card.getByTestId('task-progress').textContent()).toBe('0 of 3 done');
      expect(await card.getByTestId('task-assignee').textContent()).toBe(
        `Assigned to ${ADVISOR.displayName}`,
      );
      expect(await card.locator('tr[data-done="true"]').count()).toBe(0);

      // The first computer is updated: its next inventory ticks its line off, live.
      await page.evaluate(MARK_PAGE);
      const first = computer('room-204-pc-01');
      const reported = await first.agent.emitWithAck(
        'inventory:report',
        fullReport(withChromeUpdated(first)),
      );
      expect(reported.ok).toBe(true);
      const firstLine = card.locator(`tr[data-device-id="${first.deviceId}"]`);
      await expect
        .poll(() => firstLine.getAttribute('data-done'), { timeout: LIVE_TIMEOUT_MS })
        .toBe('true');
      expect(await firstLine.getByTestId('task-line-state').textContent()).toContain(CHROME_NEWEST);
      await expect
        .poll(() => card.getByTestId('task-progress').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('1 of 3 done');

      // On the Software view, with Chrome open, the second one reports: the counts drop live.
      await page.getByRole('link', { name: 'Software', exact: true }).click();
      await titleRow(CHROME).getByRole('link', { name: CHROME }).click();
      await expect.poll(async () => (await behindCell(CHROME)).textContent()).toBe('2');
      const second = computer('room-204-pc-02');
      await second.agent.emitWithAck('inventory:report', fullReport(withChromeUpdated(second)));
      await expect
        .poll(async () => (await behindCell(CHROME)).textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('1');
      await expect
        .poll(() => listedComputers(page.getByTestId('title-panel')), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['library-pc-03']);
      expect(await page.evaluate(PAGE_MARKED)).toBe(true);

      await page.getByRole('link', { name: /^Tasks/ }).click();
      await expect.poll(() => card.getByTestId('task-progress').textContent()).toBe('2 of 3 done');
      expect(await checkView(page, 'tasks')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  softwareTest(
    'exports the computers that need an update, with the reasons, as a CSV file',
    async ({ page, problems }) => {
      await page.getByRole('link', { name: 'Software', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('outdated-software.csv');
      const path = await download.path();
      const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
      expect(lines[0]).toBe('Device,Site,Room,Platform,Title,Installed,Status,Target,Why');
      const chromeLines = lines.filter((line) => line.includes(CHROME));
      // Only the computer still behind on Chrome; the two updated above are not in it.
      expect(chromeLines).toHaveLength(1);
      expect(chromeLines[0]).toMatch(/^library-pc-03,/);
      expect(chromeLines[0]).toContain(`winget offers ${CHROME_NEWEST}`);
      expect(problems).toEqual([]);
    },
  );

  softwareTest(
    "shows an advisor the task assigned to them first, and what they can't do",
    async ({ t, browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const advisor = await context.newPage();
      const advisorProblems = await watchProblems(advisor);
      await signIn(advisor, t.hub.url, ADVISOR);
      await advisor.getByRole('link', { name: /^Tasks/ }).click();
      const mine = advisor.getByRole('region', { name: /Assigned to you/ });
      await expect
        .poll(() => mine.locator('.task-card h3').allTextContents())
        .toEqual([`${CHROME} behind on 3 machines`]);
      expect(await advisor.getByRole('button', { name: 'Reassign' }).count()).toBe(0);

      // The fleet's software is the coordinator's: not in an advisor's menu, nor at its address.
      const nav = advisor.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Software' }).count()).toBe(0);
      await advisor.goto(`${t.hub.url}/#/software`);
      await advisor.getByText("The school's software is the IT coordinator's to manage.").waitFor();
      expect(await advisor.getByRole('button', { name: 'Make an update task' }).count()).toBe(0);
      await context.close();
      expect(advisorProblems).toEqual([]);
    },
  );

  softwareTest(
    "lists a computer's titles that need an update on its Outdated tab",
    async ({ t, page, problems, computer }) => {
      const debian = computer('library-deb-06');
      await page.goto(`${t.hub.url}/#/devices/${debian.deviceId}`);
      await page.getByRole('tab', { name: /Outdated/ }).click();
      // The Debian package is listed under the title's own name.
      const firefox = page.locator(`.verdict-list > li`).filter({ hasText: FIREFOX_TITLE });
      await firefox.waitFor();
      expect(await firefox.locator('.version-change').textContent()).toBe(
        `115.9.1esr-1~deb12u1 → ${FIREFOX_AVAILABLE}`,
      );
      // The security fix is flagged in words before its sentence, not only in colour.
      const reason = firefox.locator('.reasons li').first();
      expect(await reason.locator('.pill').textContent()).toBe('Security');
      expect(await reason.locator('.reason-text').textContent()).toBe(
        `apt offers ${FIREFOX_AVAILABLE} (security update)`,
      );
      expect(await checkView(page, 'device-outdated')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  softwareTest(
    'imports a catalog, showing the row errors as the hub wrote them',
    async ({ t, page, problems }) => {
      const admin = await t.signIn();
      const bad = 'title,latestVersion\nGoogle Chrome,\n';
      // The same text sent straight to the hub: the page must show its message word for word.
      const refused = await t.http<never>('/api/software/catalog', {
        method: 'PUT',
        token: admin,
        body: { format: 'csv', text: bad },
      });
      expect(refused.body.ok).toBe(false);
      const message = refused.body.ok ? '' : (refused.body.message ?? '');
      expect(message).not.toBe('');

      await page.goto(`${t.hub.url}/#/software`);
      await page.getByRole('button', { name: 'Catalog & OS support' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('catalog-count').filter({ hasText: 'No catalog' }).waitFor();
      await dialog.locator('label.radio', { hasText: 'CSV' }).click();
      await dialog.getByLabel('Or paste the catalog here').fill(bad);
      await dialog.getByRole('button', { name: 'Import catalog' }).click();
      expect(await dialog.locator('.import-errors').textContent()).toBe(message);

      await dialog
        .getByLabel('Or paste the catalog here')
        .fill(`title,latestVersion\n${CHROME},${CHROME_NEWEST}\n`);
      await dialog.getByRole('button', { name: 'Import catalog' }).click();
      await dialog.getByTestId('catalog-count').filter({ hasText: 'lists 1 title' }).waitFor();
      expect(await dialog.getByTestId('os-support-as-of').textContent()).toMatch(
        /^Built-in table, dated \d{4}-\d{2}-\d{2}/,
      );
      await dialog.getByRole('button', { name: 'Close' }).click();
      // Chromium logs the refused import (a 400) as a console error; that one is expected.
      expect(problems).toEqual([expect.stringContaining('400')]);
    },
  );
  softwareTest(
    'adds and removes a rule, and merges two titles and undoes it',
    async ({ t, page, problems, computer, titleRow }) => {
      // Every computer must have VLC: the Debian one, without it, needs it now.
      await page.goto(`${t.hub.url}/#/software/vlc`);
      const panel = page.getByTestId('title-panel');
      await panel.getByRole('heading', { level: 2, name: 'VLC media player' }).waitFor();
      await panel.getByRole('button', { name: /New rule/ }).click();
      await page.getByRole('option', { name: 'Required on every computer' }).click();
      await panel.getByRole('button', { name: 'Add rule' }).click();
      await expect
        .poll(() => panel.getByTestId('title-policies').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('Required on every computer');
      const debian = panel.locator(`li[data-device-id="${computer('library-deb-06').deviceId}"]`);
      await expect
        .poll(() => debian.locator('.reasons').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Required by the school but not installed');
      expect(await debian.locator('.version-change').textContent()).toMatch(/^not installed/);
      await panel.getByRole('button', { name: /Remove the rule/ }).click();
      await expect
        .poll(() => panel.getByTestId('title-policies').count(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(0);
      await expect.poll(() => debian.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);

      // Firefox ESR on Debian is, for this school, the same program as Firefox on Windows.
      await page.goto(`${t.hub.url}/#/software/firefox-esr`);
      await panel.getByRole('heading', { level: 2, name: FIREFOX_TITLE }).waitFor();
      await panel.getByRole('button', { name: 'Merge into…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Title to merge into' }).fill('Firefox');
      await page
        .getByRole('option', { name: /Firefox/ })
        .first()
        .click();
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: /^Merge into / }).click();
      await expect.poll(() => page.url()).toMatch(/#\/software\/firefox$/);
      const overrides = panel.getByTestId('title-overrides');
      await expect
        .poll(() => overrides.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('“firefox-esr” counts as');
      await expect
        .poll(() => panel.getByRole('list', { name: 'Names reported' }).textContent())
        .toContain('firefox-esr');
      // Two sources now: either can be split out again.
      expect(await panel.getByRole('button', { name: 'Split Debian packages out' }).count()).toBe(
        1,
      );

      // Merged, the ESR is no title of its own in the list any more; undone, it is back.
      await expect
        .poll(() => titleRow(FIREFOX_TITLE).count(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(0);
      await overrides.getByRole('button', { name: /^Undo/ }).click();
      await expect.poll(() => overrides.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);
      await expect
        .poll(() => titleRow(FIREFOX_TITLE).count(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(1);
      expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    },
  );

  softwareTest(
    'requires a program nobody has yet, from the Software page',
    async ({ t, page, fleet, titleRow }) => {
      await page.goto(`${t.hub.url}/#/software`);
      await page.getByRole('button', { name: 'Require a program' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Program', { exact: true }).fill('GeoGebra Classic');
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Require it' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Every computer lacks it, so it tops the list with all of them needing it.
      await expect
        .poll(() => titleRow('GeoGebra Classic').count(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(1);
      const admin = await t.signIn();
      const summary = await t.http<{ key: string; behindCount: number; deviceCount: number }[]>(
        '/api/software',
        { token: admin },
      );
      const geogebra = summary.body.ok
        ? summary.body.data.find((s) => s.key === 'geogebra-classic')
        : undefined;
      expect(geogebra).toMatchObject({ deviceCount: 0, behindCount: fleet.length });
    },
  );
});

/** Picks an option of a labelled React Aria Select among the filters. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('search')
    .getByRole('button', { name: new RegExp(label) })
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
