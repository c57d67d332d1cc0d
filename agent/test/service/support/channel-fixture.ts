// Test support: a channel server over a real help desk and outbox in a temporary folder, with no
// hub behind it (requests wait in the outbox), and raw connections that speak the protocol by hand.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createHelpDesk, type HelpDesk } from '../../../src/core/help-desk.ts';
import {
  startChannelServer,
  type ChannelServer,
  type ConnectionLimits,
} from '../../../src/core/local-channel/channel-server.ts';
import type { IdentifyPeer } from '../../../src/core/local-channel/peer-identity.ts';
import { openOutbox, type Outbox } from '../../../src/core/outbox.ts';
import { createFrameReader, encodeFrame } from '../../../src/core/local-channel/frame-reader.ts';

export type ChannelFixture = {
  dir: string;
  socketPath: string;
  proofs: string;
  desk: HelpDesk;
  store: Outbox;
  server: ChannelServer;
  close(): Promise<void>;
};

/** A server on a socket in a new folder; `identify` stands in for the proof check if given. */
export async function startChannelFixture(
  options: {
    identify?: IdentifyPeer;
    maxFrameBytes?: number;
    limits?: ConnectionLimits;
    logger?: Logger;
  } = {},
): Promise<ChannelFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-channel-'));
  // Another account's client must be able to reach the socket's folder inside it.
  chmodSync(dir, 0o755);
  const socketPath = join(dir, 'run', 'agent.sock');
  const proofs = join(dir, 'run', 'proofs');
  const store = openOutbox(join(dir, 'data', 'agent.sqlite'));
  const desk = createHelpDesk({ store });
  const server = await startChannelServer({
    path: socketPath,
    proofs,
    backend: {
      desk,
      quickFixes: { fixes: async () => null, fixWorked: async () => false },
      facts: () => ({ hub: null, enrolled: false, inventoryEveryHours: 4 }),
    },
    logger: pino({ level: 'silent' }),
    ...options,
  });
  return {
    dir,
    socketPath,
    proofs,
    desk,
    store,
    server,
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A connection that sends and reads frames by hand, for misuse the real client never does. */
export type RawConnection = {
  socket: Socket;
  send(value: unknown): void;
  sendText(text: string): void;
  /** The next frame from the server (bounded wait). */
  next(): Promise<Record<string, unknown>>;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
};

export function rawConnection(path: string): RawConnection {
  const socket = connect(path);
  const frames: Record<string, unknown>[] = [];
  const waiting: ((frame: Record<string, unknown>) => void)[] = [];
  const reader = createFrameReader((value) => {
    const frame = value as Record<string, unknown>;
    const taker = waiting.shift();
    if (taker) taker(frame);
    else frames.push(frame);
  });
  socket.on('data', (chunk: Buffer) => reader.push(chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return {
    socket,
    send: (value) => socket.write(encodeFrame(value)),
    sendText: (text) => socket.write(text),
    next: () =>
      new Promise((resolve, reject) => {
        const ready = frames.shift();
        if (ready) return resolve(ready);
        const timer = setTimeout(() => reject(new Error('no frame from the server')), 5_000);
        waiting.push((frame) => {
          clearTimeout(timer);
          resolve(frame);
        });
      }),
    closed,
  };
}
