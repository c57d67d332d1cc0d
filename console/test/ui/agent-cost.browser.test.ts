// What the agents cost their computers, in the real console: five computers check in over real
// agent sockets (one within budget, one over on memory, one over on collection time, one back
// too soon for its CPU share to be judged, one earlier agent that says nothing of its cost).
// Hardware health sums the fleet up in a sentence, states the budget, spreads each measure over
// its ranges and lists the agents over budget first, each opening its computer, whose Agent card
// names what it is over. A teacher advisor sees her rooms only; a budget raised in Settings
// clears the flag it caused. Pictured light and dark at 1440×900 and 1024×768, checked with axe,
// and nothing scrolls sideways at 320 px.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { User } from '@handraise/shared';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { agentCostFleet, reportCostFleet } from './support/agent-cost-fleet.ts';
import { checkView, screenshotBothThemes, signIn } from './support/console-page.ts';
import { sidewaysOverflow } from './support/hardware-fleet.ts';

/** Several views, each pictured and checked in two themes at two sizes: more than a minute. */
const TEST_TIMEOUT_MS = 180_000;
const SMALL = { width: 1024, height: 768 };
const NARROW = { width: 320, height: 800 };
const COORDINATOR = { username: 'admin', password: TEST_ADMIN_PASSWORD };

const costTest = consoleTest.extend('fleet', { scope: 'file', auto: true }, async ({ t }) =>
  reportCostFleet(t, await t.signIn(), agentCostFleet(Date.now())),
);

/** Opens the hash route and waits for its h1. */
async function open(page: Page, hash: string, heading: string) {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Opens Hardware health and waits for the agents' summary. */
async function openFootprint(page: Page) {
  await open(page, '#/hardware', 'Hardware health');
  await page.getByTestId('agent-cost-summary').waitFor();
}

/** The rows of the agents' list, as their cells' text. */
const agentRows = (page: Page, list: string) =>
  page.getByRole('table', { name: list }).locator('tbody tr').allTextContents();

/** A distribution's ranges and counts (the budget's and those past it marked in words). */
const rangeRows = (page: Page, measure: string) =>
  page
    .getByRole('list', { name: `${measure}: agents per range` })
    .locator('li')
    .allTextContents();

/** The agents counted in each range of a distribution. */
const rangeCounts = async (page: Page, measure: string) =>
  (await rangeRows(page, measure)).map((row) => Number(/(\d+) agents?$/.exec(row)?.[1]));

/**
 * What inside the Agent footprint card reaches past the right edge of its text (the summary line
 * spans the card's whole inner width): nothing, when its distributions and list fit the card.
 */
const overhangs = (page: Page) =>
  page.getByRole('region', { name: 'Agent footprint' }).evaluate((card) => {
    type Box = {
      getBoundingClientRect(): { right: number };
      querySelector(selector: string): Box | null;
      querySelectorAll(selector: string): Iterable<Box & { tagName: string; className: string }>;
    };
    const region = card as unknown as Box;
    const edge = region.querySelector('.summary')?.getBoundingClientRect().right;
    if (edge === undefined) throw new Error('the card has no summary');
    const past: string[] = [];
    for (const element of region.querySelectorAll('.card-body *')) {
      const over = element.getBoundingClientRect().right - edge;
      if (over > 0.5)
        past.push(`${element.tagName}.${element.className} by ${Math.round(over)} px`);
    }
    return past;
  });

describe('console UI: what the agents cost', () => {
  costTest(
    "hardware health sums the agents' cost up against the budget and opens the heaviest",
    async ({ t, page, problems, fleet }) => {
      await signIn(page, t.hub.url);
      await openFootprint(page);
      expect(await page.getByTestId('agent-cost-summary').textContent()).toBe(
        'Of 4 agents that report their cost, 2 are over budget: 1 on memory, 1 on collection time; 1 computer has not reported it yet. 2 agents reconnected to the hub at least once since their previous check-in.',
      );
      const budget = page.getByTestId('agent-cost-budget');
      expect(await budget.textContent()).toBe(
        'Budget: 1 % CPU on average, 150 MiB memory, 2 min per collection. Change it in Settings',
      );
      expect(await budget.getByRole('link').getAttribute('href')).toBe('#/settings');

      const memory = page.getByRole('region', { name: 'Peak memory', exact: true });
      expect(await memory.locator('dl').textContent()).toBe(
        'Median70 MiB90th percentile210 MiBHighest210 MiB',
      );
      expect(await rangeRows(page, 'Peak memory')).toEqual([
        'Up to 50 MiB0 agents',
        '50–75 MiB2 agents',
        '75–100 MiB1 agent',
        '100–125 MiB0 agents',
        '125–150 MiB Budget0 agents',
        '150–200 MiB Over0 agents',
        '200–300 MiB Over1 agent',
        'Over 300 MiB Over0 agents',
      ]);
      // The library's short period leaves it out of the CPU spread, not out of the others.
      expect(await rangeCounts(page, 'CPU, % of one core')).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
      expect(await rangeCounts(page, 'Collection time')).toEqual([3, 0, 0, 0, 0, 0, 1, 0]);
      expect((await rangeRows(page, 'Collection time'))[6]).toBe('2–5 min Over1 agent');

      const list = 'Over budget, then the heaviest';
      expect(await agentRows(page, list)).toEqual([
        'lab-pc-2Lab · agent test · 2 reconnectsMemory0.1 %210 MiB1.2 s',
        'art-pc-1Art room · agent test · 0 reconnectsCollection0.01 %80 MiB2 min 30 s',
        'library-pc-1Library · agent test · 1 reconnectWithin budgetNot judged70 MiB1.2 s',
        'lab-pc-1Lab · agent test · 0 reconnectsWithin budget0.02 %60 MiB1.2 s',
      ]);
      expect(await overhangs(page)).toEqual([]);
      expect(await checkView(page, 'agent-cost')).toEqual([]);
      // Beside the sidebar at its narrowest, and without it: the card's parts still fit it.
      for (const width of [880, 700]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await overhangs(page), `${width} px`).toEqual([]);
      }
      await page.setViewportSize(SMALL);
      expect(await overhangs(page)).toEqual([]);
      expect(await checkView(page, 'agent-cost-1024')).toEqual([]);

      // A row opens its computer, whose Agent card names what it is over.
      await page
        .getByRole('table', { name: list })
        .getByRole('link', { name: 'lab-pc-2', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'lab-pc-2' }).waitFor();
      expect(page.url()).toContain(`#/devices/${fleet.get('lab-pc-2')}`);
      const agent = page.getByRole('region', { name: 'Agent', exact: true });
      const facts = await agent.locator('dl').textContent();
      for (const shown of [
        'BudgetOver budget on memory',
        'CPU0.1 % of one core over 4 h',
        'CPU time14 s',
        'Peak memory210 MiB',
        'Last collection1.2 s',
        'Slowest partssoftware 1.2 s, updates 0.8 s, hardware 0.4 s',
        'Reconnects2',
        'Versiontest',
        'Runs asTray app',
      ])
        expect(facts).toContain(shown);
      expect(facts).toMatch(/Reported(just now|\d+ min ago)$/);
      expect(await checkView(page, 'device-overview-agent-1024')).toEqual([]);
      await page.setViewportSize({ width: 1440, height: 900 });

      // Back two minutes after the one before: the share is not judged, the tools' time is said.
      await open(page, `#/devices/${fleet.get('library-pc-1')}`, 'library-pc-1');
      expect(await agent.textContent()).toContain(
        'CPUNot judged: the period was 2 min, and CPU is judged over check-in periods of 10 minutes or more.',
      );
      expect(await agent.textContent()).toContain('BudgetWithin budget');
      await open(page, `#/devices/${fleet.get('lab-pc-1')}`, 'lab-pc-1');
      expect(await agent.textContent()).toContain(
        'CPU time3.5 s (the agent 2 s, the tools it ran 1.5 s)',
      );
      await open(page, `#/devices/${fleet.get('art-pc-1')}`, 'art-pc-1');
      expect(await agent.textContent()).toContain('BudgetOver budget on collection time');
      expect(await agent.textContent()).toContain(
        'Slowest partsupdates 2 min 30 s, software 4.1 s, hotfixes 2.3 s',
      );
      // An agent without figures is said to have sent none yet, not shown as costing nothing.
      await open(page, `#/devices/${fleet.get('office-pc-old')}`, 'office-pc-old');
      expect(await page.getByTestId('agent-cost-missing').textContent()).toContain(
        "This computer's agent has not reported its cost yet. It reports it at its next check-in",
      );
      expect(await checkView(page, 'device-overview-agent-missing')).toEqual([]);
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  costTest(
    'nothing scrolls sideways at 320 px',
    async ({ otherConsole }) => {
      // A console of its own, so this test does not lean on the first one's sign-in.
      const { page, problems } = await otherConsole(COORDINATOR, NARROW);
      await openFootprint(page);
      expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, widest: '' });
      await screenshotBothThemes(page, 'agent-cost-320');
      await page.close();
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  costTest(
    "a teacher advisor's footprint counts her rooms' agents only",
    async ({ t, otherConsole }) => {
      const teacher = { username: 'tomas', password: 'a long teacher passphrase' };
      const created = await t.http<User>('/api/users', {
        token: await t.signIn(),
        body: {
          ...teacher,
          displayName: 'Tomas',
          role: 'advisor',
          advisorKind: 'teacher',
          scope: { sites: [], rooms: ['Lab'] },
        },
      });
      expect(created.body.ok).toBe(true);
      const { page, problems } = await otherConsole(teacher);
      await openFootprint(page);
      expect(await page.getByTestId('agent-cost-summary').textContent()).toBe(
        'Of 2 agents that report their cost, 1 is over budget: 1 on memory. 1 agent reconnected to the hub at least once since its previous check-in.',
      );
      // The budget is the coordinator's to change: no way to Settings for her.
      expect(await page.getByTestId('agent-cost-budget').getByRole('link').count()).toBe(0);
      const names = page
        .getByRole('table', { name: 'Over budget, then the heaviest' })
        .locator('tbody tr td:first-child a');
      expect(await names.allTextContents()).toEqual(['lab-pc-2', 'lab-pc-1']);
      await page.close();
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  costTest(
    'a budget raised in Settings clears the flags it caused; one out of bounds is refused',
    async ({ otherConsole }) => {
      const { page, problems } = await otherConsole(COORDINATOR);
      await open(page, '#/settings', 'Settings');
      const memory = page.getByLabel('Memory (MiB)');
      await expect.poll(() => memory.inputValue()).toBe('150');
      expect(await page.getByLabel('CPU (% of one core, on average)').inputValue()).toBe('1');
      expect(await page.getByLabel('Collection time (seconds)').inputValue()).toBe('120');
      const save = page.getByRole('button', { name: 'Save settings' });

      await memory.fill('10');
      await save.click();
      await page
        .getByText('Give the memory budget as a whole number of MiB from 20 to 4,096.', {
          exact: true,
        })
        .first()
        .waitFor();
      expect(await memory.getAttribute('aria-invalid')).toBe('true');
      expect(await checkView(page, 'settings-agent-budget-error')).toEqual([]);

      await memory.fill('250');
      await save.click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

      await openFootprint(page);
      expect(await page.getByTestId('agent-cost-summary').textContent()).toMatch(
        /^Of 4 agents that report their cost, 1 is over budget: 1 on collection time;/,
      );
      expect(await page.getByTestId('agent-cost-budget').textContent()).toContain('250 MiB memory');
      const rows = await agentRows(page, 'Over budget, then the heaviest');
      expect(rows[0]).toMatch(/^art-pc-1Art room · agent test · 0 reconnectsCollection\d/);
      expect(rows.find((row) => row.startsWith('lab-pc-2'))).toContain('Within budget');
      await page.close();
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
