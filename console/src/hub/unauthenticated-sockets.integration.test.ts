// Sockets that never authenticate cost the hub little and not for long: closed at the deadline,
// cut off if they send much, while authenticated agents still send large screenshots.
import { describe, expect } from 'vitest';
import { io } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  MAX_SCREENSHOT_BYTES,
  MAX_UNAUTHENTICATED_BYTES,
  PROTOCOL_VERSION,
  SOCKET_AUTH_DEADLINE_MS,
  type HelpRequest,
} from '@handraise/shared';
import { sampleJpeg } from './testing/sample-inventory.ts';
import { hubTest } from './testing/hub-test.ts';
import { nextEvent } from './testing/test-hub.ts';

/** A short deadline, injected, so the test sees it pass. */
const DEADLINE_MS = 300;
const WAIT_MS = 10_000;

/** A WebSocket speaking engine.io by hand; resolves with it once the hub's open packet came. */
function rawSocket(hubUrl: string) {
  const url = `${hubUrl.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
  return new Promise<{ ws: WebSocket; closed: Promise<number> }>((resolve, reject) => {
    const ws = new WebSocket(url);
    const closed = new Promise<number>((done) =>
      ws.addEventListener('close', () => done(Date.now())),
    );
    ws.addEventListener('message', () => resolve({ ws, closed }), { once: true });
    ws.addEventListener('close', () => reject(new Error('refused')), { once: true });
  });
}

describe('unauthenticated sockets', () => {
  hubTest('are closed at the deadline, whether silent or refused', async ({ startHub }) => {
    const t = await startHub({ limits: { authDeadlineMs: DEADLINE_MS } });
    const opened = Date.now();
    const silent = await rawSocket(t.hub.url);

    // A client with a wrong secret is told so, and its connection still ends at the deadline.
    const { deviceId } = await t.enroll();
    const stranger = io(`${t.hub.url}${AGENT_NAMESPACE}`, {
      auth: {
        deviceId,
        secret: 'x'.repeat(43),
        protocolVersion: PROTOCOL_VERSION,
        agentVersion: '1',
      },
      reconnection: false,
      transports: ['websocket'],
    });
    const refused = nextEvent<Error>(stranger, 'connect_error', WAIT_MS);
    const strangerClosed = new Promise<number>((resolve) =>
      stranger.io.engine.once('close', () => resolve(Date.now())),
    );
    expect((await refused).message).toBe('unauthorized');

    const silentAt = await silent.closed;
    expect(silentAt - opened).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(silentAt - opened).toBeLessThan(WAIT_MS);
    expect((await strangerClosed) - opened).toBeLessThan(WAIT_MS);
  });

  hubTest(
    'that send more than a handshake are cut off, and leave no place taken',
    async ({ startHub }) => {
      const t = await startHub({ limits: { unauthenticatedPerAddress: 2 } });
      const { ws, closed } = await rawSocket(t.hub.url);
      // A handshake for /agent carrying 1 MiB: well-formed, so only its size can end the connection
      // (a refused handshake alone leaves it open until the deadline, 10 s by default).
      const padding = 'x'.repeat(1024 * 1024);
      expect(padding.length).toBeGreaterThan(MAX_UNAUTHENTICATED_BYTES);
      const sent = Date.now();
      ws.send(`40${AGENT_NAMESPACE},${JSON.stringify({ padding })}`);
      expect((await closed) - sent).toBeLessThan(SOCKET_AUTH_DEADLINE_MS);

      // Both places for this address are free again, and agents are served as before.
      const held = [await rawSocket(t.hub.url), await rawSocket(t.hub.url)];
      await expect(rawSocket(t.hub.url)).rejects.toThrow('refused');
      for (const { ws: socket } of held) socket.close();
      await Promise.all(held.map((h) => h.closed));
      const agent = await t.connectAgent(await t.enroll());
      expect(await agent.emitWithAck('help:list', {})).toEqual({ ok: true, data: [] });
    },
  );

  hubTest(
    'do not stop an authenticated agent from sending a 4 MiB screenshot',
    async ({ agent, coordinator }) => {
      const screenshot = sampleJpeg(MAX_SCREENSHOT_BYTES);
      const pushed = nextEvent<HelpRequest>(coordinator, 'request:created', WAIT_MS);
      const created = await agent.emitWithAck('help:create', {
        idempotencyKey: crypto.randomUUID(),
        category: 'sound-screen',
        text: 'The projector picture is cut off',
        createdAt: new Date().toISOString(),
        screenshot,
      });
      expect(created).toMatchObject({ ok: true });
      expect((await pushed).screenshot).toEqual({
        type: 'image/jpeg',
        bytes: MAX_SCREENSHOT_BYTES,
      });
    },
  );
});
