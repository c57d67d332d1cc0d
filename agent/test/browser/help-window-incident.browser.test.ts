// The help window when a helper puts this computer's request into a room incident with a
// neighbour's: the conversation says, in the reader's language, that others in the room asked
// about the same thing and someone is on it; claiming the incident reaches this window too.
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type AgentToHubEvents,
  type HelpRequest,
  type HubToAgentEvents,
} from '@handraise/shared';
import { nextEvent, whenConnected } from '../../../console/src/hub/testing/test-hub.ts';
import { connectHelper, enrollComputer, roomToken, startHub } from '../support/hub-harness.ts';
import { LIVE_TIMEOUT_MS, openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

const ENGLISH = 'Others in this room asked about the same thing. We know, and someone is on it.';
const SPANISH =
  'Otras personas de esta sala pidieron ayuda por lo mismo. Ya lo sabemos y alguien se está ocupando.';

describe('help window in a room incident', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('tells the requester that others asked too, in English and in Spanish', async () => {
    const hub = await startHub(tempDir('handraise-hub-'));
    onCleanup(() => hub.close());
    const helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    const token = await roomToken(hub.url, helper.token, { room: 'Room 12' });

    // A neighbour in Room 12, on a plain agent socket, asks first.
    const neighbour = await enrollComputer(
      hub.url,
      tempDir('handraise-agent-'),
      'room-12-pc2',
      token,
    );
    const socket = await whenConnected(
      io(`${hub.url}${AGENT_NAMESPACE}`, {
        auth: { ...neighbour, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
        reconnection: false,
        transports: ['websocket'],
      }) as Socket<HubToAgentEvents, AgentToHubEvents>,
    );
    onCleanup(() => void socket.disconnect());
    const asked = await socket.emitWithAck('help:create', {
      idempotencyKey: crypto.randomUUID(),
      category: 'internet',
      text: 'No internet',
      createdAt: new Date().toISOString(),
    });
    if (!asked.ok) throw new Error(asked.error);

    const agentDir = tempDir('handraise-agent-');
    await enrollComputer(hub.url, agentDir, 'room-12-pc1', token);
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'ask');
    await page.getByRole('radio', { name: 'Internet' }).check();
    await page.getByLabel('What happened?').fill('The Wi-Fi is gone');
    await visible(page.getByRole('img', { name: 'The picture of your screen that will be sent' }));
    await page.getByRole('button', { name: "Don't send the picture" }).click();
    const created = nextEvent<HelpRequest>(helper.socket, 'request:created', LIVE_TIMEOUT_MS);
    await page.getByRole('button', { name: 'Send without picture', exact: true }).click();
    const mine = await created;

    await helper.ask('request:merge', { requestId: asked.data.requestId, intoRequestId: mine.id });
    await visible(page.getByRole('log').getByText(ENGLISH));
    await helper.ask('request:claim', { requestId: asked.data.requestId });
    await visible(page.getByRole('status').filter({ hasText: 'Coordinator is helping you.' }));
    expect(await page.getByRole('log').getByText(ENGLISH).count()).toBe(1);
    await saveArtifact(page, 'help-window-incident-en.png');

    tray.setLocale('es');
    const spanish = await openHelpWindow(browser(), tray, siteUrl(), 'requests');
    await spanish.page.getByRole('button', { name: /The Wi-Fi is gone/ }).click();
    await visible(spanish.page.getByRole('log').getByText(SPANISH));
    await saveArtifact(spanish.page, 'help-window-incident-es.png');
    expect([...problems, ...spanish.problems]).toEqual([]);
  });
});
