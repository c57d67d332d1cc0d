import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Every TCP connection the server accepted and that is still open, whatever became of it: a
 * request still being read, a keep-alive connection, a WebSocket upgrade half done. The server's
 * close waits for all of them, and a peer that vanished without a FIN (a computer unplugged, a
 * process killed mid-handshake) never closes its side, so a hub told to stop could wait for good.
 * Fastify ends idle keep-alive connections itself; this ends what is still open after a grace.
 */
export function trackConnections(server: Server): {
  /** Destroys every connection still open; the count destroyed. */
  destroyAll(): number;
  open(): number;
} {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    destroyAll() {
      const count = sockets.size;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      return count;
    },
    open: () => sockets.size,
  };
}

/**
 * Waits for `closing`; if it has not settled after `graceMs`, destroys the connections holding it
 * open (in-flight requests had that long to finish) and keeps waiting, now briefly.
 */
export async function closeWithinGrace(
  closing: Promise<void>,
  connections: { destroyAll(): number },
  graceMs: number,
  onForced: (destroyed: number) => void,
): Promise<void> {
  const timer = setTimeout(() => {
    const destroyed = connections.destroyAll();
    if (destroyed > 0) onForced(destroyed);
  }, graceMs);
  try {
    await closing;
  } finally {
    clearTimeout(timer);
  }
}
