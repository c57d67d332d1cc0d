// The quick-fix step of the help window, with the tray's real main side and a real hub: after a
// category is picked, the school's fix for this computer shows first. "This fixed it" sends no
// request and the hub counts a saved one; "Still need help" goes on to the ask form, with what was
// typed kept, and sends as always; offline the step is skipped.
import { describe, expect, it } from 'vitest';
import type { HelpRequest, QuickFixList } from '@handraise/shared';
import {
  callApi,
  connectHelper,
  enrollComputer,
  roomToken,
  startHub,
  storedRequestCount,
} from '../support/hub-harness.ts';
import { LIVE_TIMEOUT_MS, openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

const PAPER_JAM = 'Printer says paper jam but there is none: open tray 2 and close it';

describe('help window quick fixes', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('saves a request with a quick fix, or goes on to ask when it did not help', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    let hubOpen = true;
    onCleanup(() => hubOpen && hub.close());
    const coordinator = await connectHelper(hub.url);
    onCleanup(() => coordinator.close());
    const agentDir = tempDir('handraise-agent-');
    const token = await roomToken(hub.url, coordinator.token, { room: 'Library' });
    await enrollComputer(hub.url, agentDir, 'library-pc-2', token);
    // The coordinator's fix for the Library's printer; one for another room never shows here.
    const write = (body: object) =>
      callApi(hub.url, coordinator.token, 'POST', '/api/quick-fixes', body);
    await write({ category: 'printer', text: PAPER_JAM, rooms: ['Library'] });
    await write({ category: 'printer', text: 'Art Room: use the colour printer', rooms: ['Art'] });
    const figures = async () => {
      const list = await callApi<QuickFixList>(
        hub.url,
        coordinator.token,
        'GET',
        '/api/quick-fixes',
      );
      const fix = list.fixes.find((f) => f.text === PAPER_JAM);
      return { shown: fix?.shown, saved: fix?.saved };
    };

    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    await expect
      .poll(() => tray.runtime.desk.connection(), { timeout: LIVE_TIMEOUT_MS })
      .toBe('online');

    // A student picks Printer: the fix shows first, instead of the form.
    const first = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    let page = first.page;
    await page.getByRole('radio', { name: 'Printer' }).check();
    const step = page.getByRole('region', { name: 'Try this first' });
    await visible(step.getByText(PAPER_JAM));
    expect(await step.getByRole('listitem').allTextContents()).toEqual([
      `${PAPER_JAM}This fixed it`,
    ]);
    expect(await page.getByLabel('What happened?').count()).toBe(0);
    await saveArtifact(page, 'help-window-en-quick-fix.png');

    // It worked: the window says so kindly, nothing is sent, the hub counts one saved request.
    await step.getByRole('button', { name: 'This fixed it' }).click();
    await visible(page.getByRole('heading', { name: 'Great, it works again!' }));
    await visible(page.getByText('Nothing was sent to school help: you fixed it yourself.'));
    await saveArtifact(page, 'help-window-en-quick-fix-thanks.png');
    expect(await figures()).toEqual({ shown: 1, saved: 1 });
    expect(tray.runtime.desk.list()).toEqual([]);
    expect(await storedRequestCount(hub)).toBe(0);
    // And back to asking, for another problem.
    await page.getByRole('button', { name: 'Ask about something else' }).click();
    await visible(page.getByRole('heading', { name: 'What is not working?' }));
    expect(first.problems).toEqual([]);
    await page.close();

    // Another time it does not help: the words typed before picking are still there after it.
    const second = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    page = second.page;
    await page.getByLabel('What happened?').fill('It says paper jam and tray 2 did nothing');
    await page.getByRole('radio', { name: 'Printer' }).check();
    await visible(page.getByText(PAPER_JAM));
    await page.getByRole('button', { name: 'Still need help' }).click();
    const words = page.getByLabel('What happened?');
    await visible(words);
    expect(await words.inputValue()).toBe('It says paper jam and tray 2 did nothing');
    // The words are where the focus went, for whoever uses the keyboard.
    expect(await words.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Send with picture', exact: true }).click();
    await visible(
      page.getByRole('status').filter({ hasText: 'Sent! A helper will look at it soon.' }),
    );
    expect(await storedRequestCount(hub)).toBe(1);
    const listed = await coordinator.ask<HelpRequest[]>('requests:list', {});
    expect(listed).toMatchObject([
      { category: 'printer', text: 'It says paper jam and tray 2 did nothing' },
    ]);
    // Shown once more to the same computer within minutes: counted once; nothing more saved.
    expect(await figures()).toEqual({ shown: 1, saved: 1 });
    expect(second.problems).toEqual([]);
    await page.close();

    // In Spanish, the same step.
    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await spanish.page.getByRole('radio', { name: 'Impresora' }).check();
    await visible(spanish.page.getByRole('region', { name: 'Prueba esto primero' }));
    await visible(spanish.page.getByRole('button', { name: 'Esto lo resolvió' }));
    await visible(spanish.page.getByRole('button', { name: 'Todavía necesito ayuda' }));
    await saveArtifact(spanish.page, 'help-window-es-quick-fix.png');
    expect(spanish.problems).toEqual([]);
    await spanish.page.close();
    tray.setLocale('en');

    // Without the hub, the step is skipped: the form asks as it always did.
    await hub.close();
    hubOpen = false;
    await expect
      .poll(() => tray.runtime.desk.connection(), { timeout: LIVE_TIMEOUT_MS })
      .toBe('offline');
    const offline = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await offline.page.getByRole('radio', { name: 'Printer' }).check();
    await visible(offline.page.getByLabel('What happened?'));
    expect(await offline.page.getByText('Try this first').count()).toBe(0);
    expect(offline.problems).toEqual([]);
    await offline.page.close();
  });
});
