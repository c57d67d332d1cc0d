// A request's page for screen readers and keyboards: the conversation is a polite log that is in
// the page before the first message, so the helper's first words are read out; after "Send reply"
// and "Fixed" the focus lands on what comes next, never on the bare page; axe finds nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { nextEvent } from '../../../console/src/hub/testing/test-hub.ts';
import { connectHelper, enrollComputer, roomToken, startHub } from '../support/hub-harness.ts';
import { LIVE_TIMEOUT_MS, openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import {
  allAxeViolations,
  announced,
  focusRingContrast,
  listenToLiveRegions,
} from '../support/window-a11y.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

const FIRST_WORDS = 'Hi! Is the printer switched on?';
const SECOND_WORDS = 'Try printing again now, please.';
const REPLY = 'It was off. Printing now.';
/** WCAG 2.1 non-text contrast (1.4.11): a focus indicator needs 3:1 against what is around it. */
const MIN_FOCUS_RING_CONTRAST = 3;
/** Enough presses to go round every control of the request's page. */
const TAB_PRESSES = 16;

/** Who has the focus, as a screen reader would name it (or "the page" when nobody has it). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page';
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
    return (label?.textContent ?? element.textContent ?? '').trim();
  });

describe('help window conversation for screen readers', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('reads out the first message and later ones, and keeps the focus after each action', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    const agentDir = tempDir('handraise-agent-');
    const token = await roomToken(hub.url, helper.token, { room: 'Library' });
    await enrollComputer(hub.url, agentDir, 'library-pc-4', token);
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    await expect
      .poll(() => tray.runtime.desk.connection(), { timeout: LIVE_TIMEOUT_MS })
      .toBe('online');

    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('radio', { name: 'Printer' }).check();
    await page.getByLabel('What happened?').fill('Nothing comes out of the printer.');
    const created = nextEvent<HelpRequest>(helper.socket, 'request:created', LIVE_TIMEOUT_MS);
    await page.getByRole('button', { name: 'Send with picture' }).click();
    const request = await created;
    await visible(page.getByRole('heading', { name: 'Your request' }));

    // The log is there, empty, before anyone writes; what is added to it is read out.
    const log = page.getByRole('log', { name: 'Messages' });
    expect(await log.count()).toBe(1);
    await listenToLiveRegions(page);
    await helper.ask('request:claim', { requestId: request.id });
    await helper.ask('request:message', { requestId: request.id, text: FIRST_WORDS });
    await visible(log.getByText(FIRST_WORDS));
    await expect
      .poll(async () => (await announced(page)).some((text) => text.includes(FIRST_WORDS)))
      .toBe(true);
    await helper.ask('request:message', { requestId: request.id, text: SECOND_WORDS });
    await expect
      .poll(async () => (await announced(page)).some((text) => text.includes(SECOND_WORDS)))
      .toBe(true);
    // Each message is a list item of the list inside the log.
    expect(await log.getByRole('list').getByRole('listitem').count()).toBeGreaterThanOrEqual(3);

    // "Send reply": the focus comes back to the box, for the next words.
    await page.getByLabel('Write back').fill(REPLY);
    await page.getByLabel('Write back').press('Tab');
    await page.keyboard.press('Enter');
    await visible(log.getByText(REPLY));
    await expect.poll(() => focused(page)).toBe('Write back');
    expect(await page.getByLabel('Write back').inputValue()).toBe('');

    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      found.push(...(await allAxeViolations(page)).map((v) => `request (${scheme}) ${v}`));
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect(found).toEqual([]);
    await saveArtifact(page, 'help-window-conversation-log.png');
    await page.setViewportSize({ width: 310, height: 410 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await saveArtifact(page, 'help-window-200pc-request.png');
    await page.setViewportSize({ width: 620, height: 820 });

    // Every control of the request's page, reached with Tab, has a ring of 3:1 or more.
    const weakRings: string[] = [];
    for (let press = 0; press < TAB_PRESSES; press++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)) === 'the page') continue;
      const { element, ratio } = await focusRingContrast(page);
      if (ratio < MIN_FOCUS_RING_CONTRAST) weakRings.push(`${element} ${ratio}`);
    }
    expect(weakRings).toEqual([]);

    // "Fixed" takes its buttons away: the focus goes to the line that says it is all done.
    await page.getByRole('button', { name: 'Fixed', exact: true }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('status').filter({ hasText: 'All done. Thank you!' }));
    await expect.poll(() => focused(page)).toBe('All done. Thank you!');

    // The other two views pass axe at every impact too.
    for (const [tab, heading] of [
      ['My requests', 'My requests'],
      ['This computer', 'This computer'],
    ] as const) {
      await page.getByRole('button', { name: tab }).click();
      await visible(page.getByRole('heading', { name: heading, level: 1 }));
      expect(await allAxeViolations(page), tab).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
