// Against a bare Socket.IO server: what unauthenticated-connections.ts relies on in engine.io,
// ws and Node (the TCP socket behind a WebSocket connection, the engine's middlewares and
// allowRequest, a namespace's `connection` carrying the engine connection). If an upgrade of
// either library changes one of them, these fail.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUnauthenticatedConnections } from './unauthenticated-connections.ts';

const LIMIT_BYTES = 64 * 1024;
const PER_ADDRESS = 3;
/** Large enough to need many TCP reads, below the engine's own message limit. */
const BIG_MESSAGE_BYTES = 4 * 1024 * 1024;
const ENGINE_MESSAGE_LIMIT = 8 * 1024 * 1024;
/** Node reads at most this much from a TCP socket at once: the overshoot before the cut. */
const TCP_READ_BYTES = 64 * 1024;
const DEADLINE_MS = 500;
const WAIT_MS = 10_000;

type Warning = { msg: string; bytes?: number | string };

/** Waits (bounded) until the check passes. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A raw WebSocket speaking engine.io by hand; resolves once the server's open packet came. */
function rawEngineSocket(url: string): Promise<{ ws: WebSocket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const closed = new Promise<void>((done) => ws.addEventListener('close', () => done()));
    ws.addEventListener('message', () => resolve({ ws, closed }), { once: true });
    ws.addEventListener('close', () => reject(new Error('closed before opening')), { once: true });
  });
}

describe('unauthenticated connections on a real Socket.IO server', () => {
  let http: HttpServer;
  let io: Server;
  let base: string;
  let warnings: Warning[];
  let guard: ReturnType<typeof createUnauthenticatedConnections>;
  let engineMessages: number;
  const clients: ClientSocket[] = [];

  beforeEach(async () => {
    warnings = [];
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => warnings.push(JSON.parse(line) as Warning) },
    );
    guard = createUnauthenticatedConnections(
      { bytes: LIMIT_BYTES, perAddress: PER_ADDRESS, deadlineMs: DEADLINE_MS },
      logger,
    );
    http = createServer();
    io = new Server(http, {
      maxHttpBufferSize: ENGINE_MESSAGE_LIMIT,
      connectTimeout: DEADLINE_MS,
      allowRequest: guard.allowRequest,
    });
    const room = io.of('/room');
    room.use((socket, next) =>
      next((socket.handshake.auth as { ok?: boolean }).ok ? undefined : new Error('unauthorized')),
    );
    room.on('connection', (socket) => {
      socket.on('echo-length', (text: string, ack: (length: number) => void) => ack(text.length));
    });
    guard.attach(io, ['/room']);
    engineMessages = 0;
    io.engine.on('connection', (conn: { on(event: 'data', listener: () => void): void }) =>
      conn.on('data', () => (engineMessages += 1)),
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await new Promise<void>((resolve) => void io.close(() => resolve()));
  });

  const client = (auth: Record<string, unknown>, transports?: ('polling' | 'websocket')[]) => {
    const socket = connect(`http://${base}/room`, {
      auth,
      reconnection: false,
      forceNew: true,
      ...(transports ? { transports } : {}),
    });
    clients.push(socket);
    return socket;
  };

  it('cuts a WebSocket off once it sends past the limit unauthenticated, before any message is assembled', async () => {
    const { ws, closed } = await rawEngineSocket(
      `ws://${base}/socket.io/?EIO=4&transport=websocket`,
    );
    expect(guard.count()).toBe(1);
    ws.send(`4${'x'.repeat(BIG_MESSAGE_BYTES)}`);
    await closed;

    const [cut] = warnings.filter((w) =>
      w.msg.startsWith('closed a connection that sent too much'),
    );
    expect(Number(cut?.bytes)).toBeGreaterThan(LIMIT_BYTES);
    expect(Number(cut?.bytes)).toBeLessThanOrEqual(LIMIT_BYTES + TCP_READ_BYTES);
    expect(engineMessages).toBe(0);
    // Nothing is left behind: no engine client, nothing pending.
    await eventually(() => io.engine.clientsCount === 0 && guard.count() === 0, 'the cleanup');
  });

  it('lifts the limit once a namespace handshake succeeds', async () => {
    const socket = client({ ok: true }, ['websocket']);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    expect(guard.count()).toBe(0);
    const big = 'y'.repeat(BIG_MESSAGE_BYTES);
    expect(await socket.timeout(WAIT_MS).emitWithAck('echo-length', big)).toBe(big.length);
    expect(warnings).toEqual([]);
  });

  it('refuses a long-polling post over the limit before authenticating, and ends that session', async () => {
    const open = async () => {
      const text = await (await fetch(`http://${base}/socket.io/?EIO=4&transport=polling`)).text();
      return (JSON.parse(text.slice(1)) as { sid: string }).sid;
    };
    const post = (sid: string, body: string) =>
      fetch(`http://${base}/socket.io/?EIO=4&transport=polling&sid=${sid}`, {
        method: 'POST',
        body,
      });

    const small = await open();
    expect((await post(small, '40/elsewhere,')).status).toBe(200);

    const sid = await open();
    expect((await post(sid, `4${'x'.repeat(LIMIT_BYTES)}`)).status).toBe(400);
    expect(engineMessages).toBe(1);
    // Its next poll gets the close packet, and the session is gone.
    const after = await fetch(`http://${base}/socket.io/?EIO=4&transport=polling&sid=${sid}`);
    expect((await after.text()).split('\x1e')).toContain('1');
    await eventually(() => io.engine.clientsCount === 1, 'the session to close');
  });

  it('holds an upgrade until the session authenticates: a real client upgrades, a stranger never does', async () => {
    const socket = client({ ok: true });
    await new Promise((resolve) => socket.io.engine.once('upgrade', resolve));
    expect(socket.io.engine.transport.name).toBe('websocket');

    const text = await (await fetch(`http://${base}/socket.io/?EIO=4&transport=polling`)).text();
    const { sid } = JSON.parse(text.slice(1)) as { sid: string };
    const ws = new WebSocket(`ws://${base}/socket.io/?EIO=4&transport=websocket&sid=${sid}`);
    let opened = false;
    ws.addEventListener('open', () => (opened = true));
    // The session never authenticates; at its deadline the upgrade is refused.
    const started = Date.now();
    await new Promise((resolve) => ws.addEventListener('close', resolve));
    expect(opened).toBe(false);
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + WAIT_MS / 2);
  });

  it('caps unauthenticated connections per address, and frees a place as one closes', async () => {
    const url = `ws://${base}/socket.io/?EIO=4&transport=websocket`;
    const held = [];
    for (let i = 0; i < PER_ADDRESS; i++) held.push(await rawEngineSocket(url));
    await expect(rawEngineSocket(url)).rejects.toThrow('closed before opening');
    expect(warnings.some((w) => w.msg.startsWith('refused a connection'))).toBe(true);

    held[0]!.ws.close();
    await held[0]!.closed;
    await eventually(() => guard.count() === PER_ADDRESS - 1, 'the place to free up');
    held.push(await rawEngineSocket(url));
    for (const { ws } of held) ws.close();
  });
});
