// The help window when the hub is there but does not take the request now: the computer's
// enrollment was withdrawn, or the hub asks for fewer requests. The window says which, instead of
// waiting for a network that is not the problem, and the request stays saved on the computer.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGENT_NAMESPACE, HELP_RATE_LIMIT, PROTOCOL_VERSION } from '@handraise/shared';
import { whenConnected } from '../../../console/src/hub/testing/test-hub.ts';
import { enrollComputer, startHub, storedRequestCount } from '../support/hub-harness.ts';
import { openHelpWindow, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

const NETWORK = 'Saved — it will be sent when the school network is back';

/** Asks for help with the printer, without the picture. */
async function askAboutPrinter(page: Page, text: string) {
  await page.getByRole('radio', { name: 'Printer' }).check();
  await page.getByLabel('What happened?').fill(text);
  await visible(page.getByRole('img', { name: 'The picture of your screen that will be sent' }));
  await page.getByRole('button', { name: "Don't send the picture" }).click();
  await page.getByRole('button', { name: 'Send without picture', exact: true }).click();
}

describe('help window when the hub holds a request back', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('says the enrollment was withdrawn, and keeps the request', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const agentDir = tempDir('handraise-agent-');
    await enrollComputer(hub.url, agentDir, 'gym-office-pc');
    // The hub no longer knows this secret (the record was retired).
    const file = join(agentDir, 'credentials.json');
    const credentials = JSON.parse(readFileSync(file, 'utf8')) as { secret: string };
    writeFileSync(file, JSON.stringify({ ...credentials, secret: 'r'.repeat(43) }));

    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(page.getByText('School help does not know this computer. Tell your teacher.'));
    await askAboutPrinter(page, 'The printer says offline');

    await visible(
      page.getByRole('status').filter({
        hasText:
          "Saved on this computer, but it cannot be sent: this computer's enrollment was withdrawn. Ask your IT coordinator to enroll it again.",
      }),
    );
    expect(await page.getByText(NETWORK).count()).toBe(0);
    expect(tray.runtime.desk.list()).toMatchObject([{ state: 'saved', id: null }]);
    expect(await storedRequestCount(hub)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says the hub is busy when it asks for fewer requests', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const agentDir = tempDir('handraise-agent-');
    const computer = await enrollComputer(hub.url, agentDir, 'art-room-pc');
    // This computer already sent as many requests as the hub takes in a minute.
    const earlier = await whenConnected(
      io(`${hub.url}${AGENT_NAMESPACE}`, {
        auth: { ...computer, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
        reconnection: false,
        transports: ['websocket'],
      }),
    );
    for (let i = 0; i < HELP_RATE_LIMIT.requests; i++) {
      await earlier.emitWithAck('help:create', {
        idempotencyKey: crypto.randomUUID(),
        category: 'other',
        text: `request ${i}`,
        createdAt: new Date().toISOString(),
      });
    }
    earlier.disconnect();

    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await visible(page.getByText('Connected to school help'));
    await askAboutPrinter(page, 'The printer jams');

    await visible(
      page.getByRole('status').filter({
        hasText: 'School help is busy. Your request is saved and goes in a minute.',
      }),
    );
    // The window lists the computer's earlier requests too, fetched from the hub.
    const held = tray.runtime.desk.list().find((request) => request.text === 'The printer jams');
    expect(held).toMatchObject({ state: 'saved', id: null, hubBusy: true });
    expect(await storedRequestCount(hub)).toBe(HELP_RATE_LIMIT.requests);
    expect(problems).toEqual([]);
    await page.close();
  });
});
