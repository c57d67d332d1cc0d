// Connections that have not authenticated yet. Everything here leans on how engine.io and Node
// hand over a connection; unauthenticated-connections.test.ts fails if either changes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { createLogThrottle } from '../log-throttle.ts';

/** One warning per address per minute: refusals are what an attacker makes many of. */
const WARN_INTERVAL_MS = 60_000;

/** An engine.io connection: what carries a client's namespaces, before and after they join. */
type EngineConnection = Socket['conn'];

export type UnauthenticatedLimits = {
  /** Most bytes a connection may send before a namespace handshake succeeds. */
  bytes: number;
  /** Most such connections open at once from one address. */
  perAddress: number;
  /** How long a connection has to authenticate (Socket.IO's `connectTimeout`), in ms. */
  deadlineMs: number;
};

type Pending = {
  connection: EngineConnection;
  /** When the deadline for authenticating passes, in ms since the epoch. */
  expiresAt: number;
  /** An upgrade request is being held for it. */
  upgradeHeld: boolean;
  /** Resolves true once a namespace handshake succeeds, false when the connection closes first. */
  settled: Promise<boolean>;
  settle(authenticated: boolean): void;
};

/**
 * Keeps unauthenticated connections cheap. Engine.io has one message size for every connection
 * (`maxHttpBufferSize`, fixed in its WebSocket server when it is made), large enough for a
 * screenshot; raising it per connection would mean writing to private fields of `ws` and of the
 * polling transport. Instead, until one of its namespace handshakes succeeds, a connection
 *  - over WebSocket may send `limits.bytes` (MAX_UNAUTHENTICATED_BYTES) in all, counted as they
 *    arrive on its TCP socket, which is destroyed past that, before a large frame is assembled;
 *  - over HTTP long-polling may only post bodies that declare a length within that bound;
 *  - upgrading from polling to WebSocket is held until it authenticates (a real client sends its
 *    handshake first; the upgrade then goes on, and large messages with it), at most one upgrade
 *    per connection and never past its deadline;
 *  - counts against a cap per address, checked when engine.io accepts a new connection;
 * and Socket.IO's `connectTimeout` closes it at the deadline.
 */
export function createUnauthenticatedConnections(
  limits: UnauthenticatedLimits,
  logger: Logger,
  /** The client's address (through trusted proxies): the per-address cap counts clients. */
  addressOf: (request: IncomingMessage) => string = (request) => request.socket.remoteAddress ?? '',
) {
  /** Engine session id → the unauthenticated connection (polling requests name it). */
  const pending = new Map<string, Pending>();
  const bySocket = new WeakMap<EngineConnection, Pending>();
  const mayWarn = createLogThrottle(WARN_INTERVAL_MS);
  /** Remote address → unauthenticated connections from it. */
  const perAddress = new Map<string, number>();

  const changeCount = (address: string, by: number) => {
    const count = (perAddress.get(address) ?? 0) + by;
    if (count > 0) perAddress.set(address, count);
    else perAddress.delete(address);
  };

  /** Destroys the TCP socket once it has carried more than the limit; returns the stopper. */
  function countBytes(connection: EngineConnection): () => void {
    const tcp = connection.request?.socket;
    if (!tcp) {
      // Fail closed: a connection whose bytes cannot be counted is not left to send 8 MiB.
      logger.error('engine.io no longer exposes the TCP socket of a WebSocket connection');
      connection.close();
      return () => undefined;
    }
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limits.bytes) return;
      if (mayWarn(connection.remoteAddress))
        logger.warn(
          { address: connection.remoteAddress, bytes: received },
          'closed a connection that sent too much before authenticating',
        );
      tcp.destroy();
    };
    // First in line, so the frame parser never gets what arrives after the limit.
    tcp.prependListener('data', onData);
    return () => tcp.off('data', onData);
  }

  function track(connection: EngineConnection): void {
    // The session id, as engine.io gives it to the first transport (and to the client).
    const { sid } = connection.transport;
    const address = addressOf(connection.request);
    changeCount(address, 1);
    const stopCounting =
      connection.transport.name === 'websocket' ? countBytes(connection) : () => undefined;
    let resolve: (authenticated: boolean) => void = () => undefined;
    const entry: Pending = {
      connection,
      expiresAt: Date.now() + limits.deadlineMs,
      upgradeHeld: false,
      settled: new Promise((r) => (resolve = r)),
      settle(authenticated) {
        if (pending.get(sid) !== entry) return;
        pending.delete(sid);
        // One that closes unauthenticated keeps its byte limit: its socket may still be read
        // while the WebSocket closing handshake runs.
        if (authenticated) stopCounting();
        changeCount(address, -1);
        resolve(authenticated);
      },
    };
    pending.set(sid, entry);
    bySocket.set(connection, entry);
    connection.once('close', () => entry.settle(false));
  }

  /** Engine.io middleware: runs for every polling request and upgrade that names a session. */
  function guardRequest(
    req: IncomingMessage,
    _res: ServerResponse,
    next: (error?: Error) => void,
  ): void {
    const sid = new URL(req.url ?? '/', 'http://hub').searchParams.get('sid');
    const entry = sid === null ? undefined : pending.get(sid);
    if (!entry) return next();
    if (req.headers.upgrade !== undefined) {
      // One held upgrade per session, and not past its deadline (a polling session that times
      // out closes only at its next poll, which may be long after).
      if (entry.upgradeHeld) return next(new Error('an upgrade is already waiting'));
      entry.upgradeHeld = true;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), Math.max(0, entry.expiresAt - Date.now()));
      });
      void Promise.race([entry.settled, deadline]).then((authenticated) => {
        clearTimeout(timer);
        next(authenticated ? undefined : new Error('not authenticated'));
      });
      return;
    }
    if (req.method === 'POST') {
      const declared = Number(req.headers['content-length']);
      if (!(declared <= limits.bytes)) {
        if (mayWarn(entry.connection.remoteAddress))
          logger.warn(
            { address: entry.connection.remoteAddress, bytes: req.headers['content-length'] },
            'closed a connection that posted too much before authenticating',
          );
        entry.connection.close();
        return next(new Error('too large before authenticating'));
      }
    }
    next();
  }

  return {
    /** Socket.IO's `allowRequest`: refuses a new connection past the per-address cap. */
    allowRequest: (
      req: IncomingMessage,
      callback: (error: string | null | undefined, success: boolean) => void,
    ): void => {
      const address = addressOf(req);
      const open = perAddress.get(address) ?? 0;
      if (open < limits.perAddress) return callback(null, true);
      if (mayWarn(address))
        logger.warn(
          { address, open },
          'refused a connection: too many unauthenticated ones from this address (said once a minute)',
        );
      callback('too many unauthenticated connections', false);
    },
    /** Watches the server's connections; a handshake on any of these namespaces authenticates. */
    attach(io: Server, namespaces: string[]): void {
      io.engine.on('connection', track);
      io.engine.use(guardRequest);
      for (const name of namespaces) {
        io.of(name).on('connection', (socket) => bySocket.get(socket.conn)?.settle(true));
      }
    },
    /** Unauthenticated connections open now (for tests and logs). */
    count: () => pending.size,
  };
}
