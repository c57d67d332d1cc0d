// The help window while the school network is down: the request is saved on the computer, the
// window says so, and when the hub is back it is delivered once and the window updates by itself.
import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { freePort } from '../../../console/test/support/ports.ts';
import {
  connectHelper,
  enrollComputer,
  startHub,
  storedRequestCount,
} from '../support/hub-harness.ts';
import { openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

/** Longest wait for the agent to find the hub again, in ms: its reconnection back-off starts at 2 s. */
const RECONNECT_TIMEOUT_MS = 45_000;

describe('help window offline', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('saves a request while the school network is down and delivers it once when it is back', async () => {
    const port = await freePort();
    const hubDir = tempDir('handraise-hub-');
    const agentDir = tempDir('handraise-agent-');
    let hub = await startHub(hubDir, port);
    await enrollComputer(hub.url, agentDir, 'art-room-mac');
    await hub.close();

    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(page.getByText('Not connected right now'));
    await page.getByRole('radio', { name: 'Printer' }).check();
    const words = page.getByLabel('What happened?');
    await words.click();
    await words.pressSequentially('It prints blank pages');
    await words.press('Enter');
    // This time the student keeps the picture to themselves.
    await visible(page.getByRole('img', { name: 'The picture of your screen that will be sent' }));
    await page.getByRole('button', { name: "Don't send the picture" }).click();
    await visible(page.getByText('No picture will be sent.'));
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const saved = 'Saved — it will be sent when the school network is back';
    await visible(page.getByRole('status').filter({ hasText: saved }));
    expect(tray.runtime.desk.list()).toMatchObject([
      { state: 'saved', id: null, hasScreenshot: false },
    ]);
    await saveArtifact(page, 'help-window-en-offline.png');

    // The hub comes back on the same port and data: the window updates by itself.
    hub = await startHub(hubDir, port);
    const restarted = hub;
    onCleanup(() => restarted.close());
    await visible(
      page.getByRole('status').filter({ hasText: 'Sent! A helper will look at it soon.' }),
      RECONNECT_TIMEOUT_MS,
    );
    await visible(page.getByText('Connected to school help'));
    expect(await page.getByText(saved).count()).toBe(0);

    // Stored exactly once, without the picture the student dropped.
    expect(await storedRequestCount(hub)).toBe(1);
    const helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    const listed = await helper.ask<HelpRequest[]>('requests:list', {});
    expect(listed).toMatchObject([
      { category: 'printer', text: 'It prints blank pages', screenshot: null },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
