// A hub that says it is closing gets its agents back at a random moment of the window it gave,
// not all at socket.io's first retry: real sockets, a server stopped and started on one port.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentToHubEvents, HubToAgentEvents } from '@handraise/shared';
import { spreadReturnAfterClosing } from '../../src/core/closing-spread.ts';

/** socket.io's own first retry in this test: the spread must win over it. */
const RETRY_MS = 300;
const WINDOW_MS = 4_000;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A socket.io server on `port` (0: any) that notes when each connection arrives. */
async function server(port: number) {
  const http: HttpServer = createServer();
  const ioServer = new Server<AgentToHubEvents, HubToAgentEvents>(http);
  const arrivals: number[] = [];
  ioServer.on('connection', () => arrivals.push(performance.now()));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => ioServer.close());
  return { ioServer, arrivals, port: (http.address() as AddressInfo).port };
}

/** Connects a client as the agent does, spread included; resolves once connected. */
async function agentOn(port: number, random: number) {
  const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: RETRY_MS,
    randomizationFactor: 0,
  });
  const spread = spreadReturnAfterClosing(socket, pino({ level: 'silent' }), () => random);
  cleanups.push(() => {
    spread.cancel();
    socket.disconnect();
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

/** Stops `first` (after `notice`, if any) and starts another on its port; ms until the agent is back. */
async function restart(first: Awaited<ReturnType<typeof server>>, notice: boolean) {
  if (notice) first.ioServer.emit('hub:closing', { reconnectWithinMs: WINDOW_MS });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const stopped = performance.now();
  await first.ioServer.close();
  const second = await server(first.port);
  const deadline = stopped + WINDOW_MS + 3_000;
  while (second.arrivals.length === 0 && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return second.arrivals.length === 0 ? null : second.arrivals[0]! - stopped;
}

describe('a hub restart the agent was told of', () => {
  it('brings the agent back within the window, at its random moment, not at the first retry', async () => {
    const told = await server(0);
    await agentOn(told.port, 0.75);
    const backAfterMs = await restart(told, true);
    expect(backAfterMs).not.toBeNull();
    // 0.75 of 4 s: 3 s after the end, where socket.io alone would have been back after 0.3 s.
    expect(backAfterMs!).toBeGreaterThanOrEqual(0.75 * WINDOW_MS - 200);
    expect(backAfterMs!).toBeLessThan(WINDOW_MS + 1_000);
  });

  it('leaves the usual quick retry when the hub went away without a word', async () => {
    const silent = await server(0);
    await agentOn(silent.port, 0.75);
    const backAfterMs = await restart(silent, false);
    expect(backAfterMs).not.toBeNull();
    expect(backAfterMs!).toBeLessThan(0.75 * WINDOW_MS - 200);
  });
});
