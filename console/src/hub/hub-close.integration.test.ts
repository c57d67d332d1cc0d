// A hub told to stop stops, even when a client holds a connection open and never finishes what it
// started: a request whose headers never end, a WebSocket upgrade that never completes. Requests
// under way get a grace period and are answered; after it, the connections still open are ended.
import { connect, type Socket } from 'node:net';
import { describe, expect } from 'vitest';
import { MIN_RECONNECT_SPREAD_MS, type HubClosing } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';

/** A raw TCP connection to the hub that has sent `text` and then goes quiet. */
async function quietConnection(url: string, text: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(text);
  return socket;
}

describe('closing a hub', () => {
  hubTest(
    'ends connections that hold it open after the grace period',
    { timeout: 30_000 },
    async ({ t }) => {
      const halfRequest = await quietConnection(
        t.hub.url,
        'GET /api/status HTTP/1.1\r\nHost: school\r\nX-Still-Typing: ',
      );
      const halfUpgrade = await quietConnection(
        t.hub.url,
        'GET /agents/?EIO=4&transport=websocket HTTP/1.1\r\nHost: school\r\nUpgrade: websocket\r\n',
      );
      const ended = [halfRequest, halfUpgrade].map(
        (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
      );

      // Without the grace, Node's own header timeout would end the first after a minute or more,
      // past this test's time limit.
      await t.hub.close();
      await Promise.all(ended);
      const refused = await fetch(`${t.hub.url}/api/status`).then(
        () => 'answered',
        () => 'refused',
      );
      expect(refused).toBe('refused');
    },
  );

  hubTest('lets a request under way finish within the grace period', async ({ t }) => {
    const body = JSON.stringify({ username: 'nobody', password: 'not the password' });
    const half = Math.floor(body.length / 2);
    const upload = await quietConnection(
      t.hub.url,
      `POST /api/session HTTP/1.1\r\nHost: school\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, half)}`,
    );
    let answer = '';
    upload.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const answered = new Promise<void>((resolve) => upload.once('close', () => resolve()));

    const closing = t.hub.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    upload.write(body.slice(half));
    await closing;
    await answered;

    expect(answer).toMatch(/^HTTP\/1\.1 (400|401) /);
    expect(answer).toContain('"ok":false');
  });

  hubTest(
    'tells its agents how widely to spread their return before it ends their connections',
    async ({ t, agent }) => {
      const heard: string[] = [];
      const notice = new Promise<HubClosing>((resolve) =>
        agent.on('hub:closing', (closing: HubClosing) => {
          heard.push('hub:closing');
          resolve(closing);
        }),
      );
      const ended = new Promise<string>((resolve) =>
        agent.on('disconnect', (reason: string) => {
          heard.push('disconnect');
          resolve(reason);
        }),
      );

      await t.hub.close();

      // One agent: the narrowest window. Then an end the agent takes for a restart, not a refusal.
      expect(await notice).toEqual({ reconnectWithinMs: MIN_RECONNECT_SPREAD_MS });
      expect(await ended).not.toBe('io server disconnect');
      expect(heard).toEqual(['hub:closing', 'disconnect']);
    },
  );
});
