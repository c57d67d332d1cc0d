// Someone types http:// for a hub that serves HTTPS (or an old agent's config says so). A TLS server
// answers such a request with nothing at all, which reads as a dead hub; instead the first byte of
// each connection is looked at: a TLS handshake starts with 0x16 and goes on to TLS, anything else
// gets a short 400 in plain text naming the https:// address to use.
import type { Server } from 'node:net';
import type { Socket } from 'node:net';

/** The first byte of a TLS record carrying a handshake (ClientHello). */
const TLS_HANDSHAKE_RECORD = 0x16;

/**
 * How long a connection may stay silent before it is dropped, in ms: TLS's own default handshake
 * timeout, which starts only once the connection reaches TLS.
 */
export const FIRST_BYTE_TIMEOUT_MS = 120_000;

/** A Host header's value as far as it is safe to echo: a name or address and a port. */
const SAFE_HOST = /^[A-Za-z0-9.\-[\]:]{1,270}$/;

/** The host (and port) the plain request named, or this end's address when it named none usable. */
function hostOf(firstBytes: Buffer, socket: Socket): string {
  const head = firstBytes.toString('latin1');
  const named = /\r\nhost:[ \t]*([^\r\n]*)/i.exec(head)?.[1]?.trim();
  if (named && SAFE_HOST.test(named)) return named;
  const address = socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  return `${host}:${socket.localPort ?? ''}`;
}

/** The text a plain-HTTP request gets; `host` as the request named it. */
export function plainHttpMessage(host: string): string {
  return `This hub speaks HTTPS: use https://${host}\n`;
}

function answerPlainRequest(socket: Socket, firstBytes: Buffer): void {
  const body = plainHttpMessage(hostOf(firstBytes, socket));
  socket.end(
    [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
  // Whatever else the client sends is not read.
  socket.on('error', () => {});
}

/**
 * Makes the TLS server `server` answer plain HTTP with a 400 naming the HTTPS address. Its own
 * connection handling (wrapping the socket in TLS) runs only once a TLS handshake is seen; the
 * byte read to decide is put back first, and TLS takes up bytes a socket already read.
 */
export function answerPlainHttpOnTlsPort(server: Server): void {
  const startTls = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.once('readable', () => {
      const first = socket.read() as Buffer | null;
      socket.setTimeout(0);
      if (first === null) return socket.destroy();
      if (first[0] === TLS_HANDSHAKE_RECORD) {
        socket.unshift(first);
        for (const listener of startTls) listener.call(server, socket);
        return;
      }
      answerPlainRequest(socket, first);
    });
  });
}
