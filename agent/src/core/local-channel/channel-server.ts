// The machine-wide service's side of the local channel: every signed-in user's tray connects,
// proves which local account it runs as, then asks for help and follows its own requests. Each
// connection sees only what its account raised; a bad frame closes that connection, no other.
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { HelpDesk, HelpDeskEvent, LocalAccount } from '../help-desk.ts';
import type { QuickFixChannel } from '../quick-fixes.ts';
import {
  CHANNEL_METHODS,
  clientFrameSchema,
  type ChannelErrorCode,
  type ChannelMethod,
  type ServerFrame,
  type ServiceFacts,
} from './channel-protocol.ts';
import { isNamedPipe } from './channel-paths.ts';
import { createFrameReader, encodeFrame, FrameError, MAX_FRAME_BYTES } from './frame-reader.ts';
import { identifyPeer, type IdentifyPeer } from './peer-identity.ts';
import { prepareProofFolder, ProofError } from './peer-proof.ts';
import { createCallHandler } from './channel-calls.ts';

/** How long a new connection has to prove who it is, in ms; a tray does it in a few. */
export const PROOF_DEADLINE_MS = 10_000;

/**
 * Open connections one proven account may hold: its tray needs one (two while it reconnects), so
 * this leaves room for several sign-ins of one account while a program of that account's cannot
 * use up the service's memory and file handles.
 */
export const MAX_CONNECTIONS_PER_ACCOUNT = 8;
/**
 * Connections that have not proven their account yet, from every account together. Each waits
 * at most PROOF_DEADLINE_MS; beyond this many, new ones are refused until some prove or go.
 */
export const MAX_UNPROVEN_CONNECTIONS = 32;

export type ConnectionLimits = { perAccount: number; unproven: number };

/**
 * Anyone may enter the socket's folder and connect (0755, 0666): every signed-in user's tray must
 * reach the service, and a Unix socket is reachable from this computer only. Who may see what is
 * decided per connection by the proven account, never by who could open the socket.
 */
const SOCKET_FOLDER_MODE = 0o755;
const SOCKET_MODE = 0o666;

export type ChannelBackend = {
  desk: HelpDesk;
  quickFixes: QuickFixChannel;
  facts(): ServiceFacts;
};

export type ChannelServer = {
  close(): Promise<void>;
};

/** Listens on `path` (a Unix socket or a named pipe) and serves the help desk per account. */
export async function startChannelServer(options: {
  path: string;
  proofs: string;
  backend: ChannelBackend;
  logger: Logger;
  identify?: IdentifyPeer;
  maxFrameBytes?: number;
  limits?: ConnectionLimits;
}): Promise<ChannelServer> {
  const { path, proofs, backend, logger } = options;
  const identify = options.identify ?? identifyPeer;
  const sockets = new Set<Socket>();
  if (!isNamedPipe(path)) prepareSocketFolder(path);
  prepareProofFolder(proofs);
  const limits = options.limits ?? {
    perAccount: MAX_CONNECTIONS_PER_ACCOUNT,
    unproven: MAX_UNPROVEN_CONNECTIONS,
  };
  const census = createConnectionCensus(limits);

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, {
      proofs,
      backend,
      logger,
      identify,
      maxFrameBytes: options.maxFrameBytes ?? MAX_FRAME_BYTES,
      census,
    });
  });
  await listen(server, path);
  if (!isNamedPipe(path)) chmodSync(path, SOCKET_MODE);
  logger.info({ path }, 'local channel listening');

  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The socket's folder, and no stale socket left by a service that stopped without cleaning up. */
function prepareSocketFolder(path: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, SOCKET_FOLDER_MODE);
  try {
    const stats = lstatSync(path);
    if (!stats.isSocket()) throw new Error(`${path} exists and is not a socket; remove it first`);
    rmSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // On Windows this is what lets every account write to the pipe (the default lets them read).
    server.listen({ path, readableAll: true, writableAll: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Counts open connections: unproven ones overall, proven ones per account. `admit*` takes a place
 * or says no; `release` gives back whatever place the connection held.
 */
type ConnectionCensus = {
  admitUnproven(): boolean;
  /** Moves a connection from unproven to `accountId`'s, if that account has room. */
  admitAccount(accountId: string): boolean;
  release(accountId: string | null): void;
};

function createConnectionCensus(limits: ConnectionLimits): ConnectionCensus {
  let unproven = 0;
  const perAccount = new Map<string, number>();
  return {
    admitUnproven() {
      if (unproven >= limits.unproven) return false;
      unproven += 1;
      return true;
    },
    admitAccount(accountId) {
      const held = perAccount.get(accountId) ?? 0;
      if (held >= limits.perAccount) return false;
      unproven -= 1;
      perAccount.set(accountId, held + 1);
      return true;
    },
    release(accountId) {
      if (accountId === null) {
        unproven -= 1;
        return;
      }
      const held = (perAccount.get(accountId) ?? 1) - 1;
      if (held > 0) perAccount.set(accountId, held);
      else perAccount.delete(accountId);
    },
  };
}

function serveConnection(
  socket: Socket,
  context: {
    proofs: string;
    backend: ChannelBackend;
    logger: Logger;
    identify: IdentifyPeer;
    maxFrameBytes: number;
    census: ConnectionCensus;
  },
): void {
  const { backend, logger, census } = context;
  if (!census.admitUnproven()) {
    // Refused before any challenge: no proof file is asked for, nothing is held open.
    logger.warn('refusing a local connection: too many are waiting to prove their account');
    socket.on('error', () => undefined);
    const busy: ServerFrame = {
      type: 'error',
      error: 'too-many-connections',
      message: 'too many connections are waiting; try again shortly',
    };
    socket.end(encodeFrame(busy));
    setTimeout(() => socket.destroy(), 1_000).unref();
    return;
  }
  const nonce = randomBytes(32).toString('hex');
  const issuedAt = Date.now();
  let account: LocalAccount | null = null;
  let proving = false;
  let unsubscribe = () => {};

  const send = (frame: ServerFrame) => {
    if (!socket.destroyed) socket.write(encodeFrame(frame));
  };
  /** Tells the client why, then closes this connection only. */
  const refuse = (error: ChannelErrorCode, message: string) => {
    send({ type: 'error', error, message });
    socket.end();
    // A client that stops reading must not hold the connection open.
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
  const deadline = setTimeout(
    () => refuse('unauthenticated', 'no proof of the local account in time'),
    PROOF_DEADLINE_MS,
  );
  deadline.unref();
  socket.on('close', () => {
    clearTimeout(deadline);
    census.release(account?.id ?? null);
    unsubscribe();
    // A client that wrote its proof and went away leaves no file behind.
    rmSync(join(context.proofs, nonce), { force: true });
  });
  socket.on('error', () => undefined);

  const forward = (event: HelpDeskEvent) => {
    if (!account) return;
    if (event.type === 'requests')
      send({ type: 'event', event: { type: 'requests', requests: backend.desk.list(account.id) } });
    else if (event.type === 'news') {
      if (backend.desk.ownerOf(event.request.key) === account.id) send({ type: 'event', event });
    } else send({ type: 'event', event });
  };

  const prove = async (claimed: string | undefined) => {
    try {
      const proven = await context.identify(context.proofs, nonce, issuedAt);
      if (claimed !== undefined && claimed !== proven.id) {
        logger.warn({ claimed, proven: proven.id }, 'a local client claimed another account');
        refuse('forbidden', 'the proof names another account than the one claimed');
        return;
      }
      if (socket.destroyed) return;
      if (!census.admitAccount(proven.id)) {
        logger.warn(
          { account: proven.id },
          'refusing a local connection: its account has too many',
        );
        refuse(
          'too-many-connections',
          'this account has too many connections to the service open already',
        );
        return;
      }
      clearTimeout(deadline);
      account = proven;
      unsubscribe = backend.desk.subscribe(forward);
      send({ type: 'welcome', account });
    } catch (error) {
      if (error instanceof ProofError) refuse(error.code, error.message);
      else {
        logger.error({ err: error }, 'checking a local client’s proof failed');
        refuse('internal', 'the proof could not be checked');
      }
    }
  };

  const call = createCallHandler(backend, logger);
  const reader = createFrameReader((value) => {
    const parsed = clientFrameSchema.safeParse(value);
    if (!parsed.success) throw new FrameError('bad-frame', 'a frame of unknown shape');
    const frame = parsed.data;
    if (frame.type === 'prove') {
      if (proving || account) throw new FrameError('bad-frame', 'the proof was given already');
      proving = true;
      if (frame.nonce !== nonce) {
        refuse('forbidden', 'the proof answers another challenge');
        return;
      }
      void prove(frame.claimedId);
      return;
    }
    if (!account) {
      refuse('unauthenticated', 'prove the local account first');
      return;
    }
    const method: ChannelMethod = frame.method;
    const params = CHANNEL_METHODS[method].safeParse(frame.params ?? {});
    if (!params.success) {
      send({
        type: 'result',
        id: frame.id,
        ok: false,
        error: 'bad-request',
        message: `bad parameters for ${method}`,
      });
      return;
    }
    const caller = account;
    void call(method, params.data, caller).then((result) => send({ ...result, id: frame.id }));
  }, context.maxFrameBytes);

  socket.on('data', (chunk: Buffer) => {
    if (socket.writableEnded) return;
    try {
      reader.push(chunk);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      logger.warn({ code: error.code }, 'closing a local connection that sent a bad frame');
      refuse(error.code, error.message);
    }
  });

  send({ type: 'challenge', nonce, proofs: context.proofs });
}
