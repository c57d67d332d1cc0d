// The machine-wide service's side of the local channel: every signed-in user's tray connects,
// proves which local account it runs as, then asks for help and follows its own requests. Each
// connection sees only what its account raised; a bad frame closes that connection, no other.
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, rmSync, type Stats } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { basename, dirname, join } from 'node:path';
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
import { prepareProofFolder, ProofError, removeProof } from './peer-proof.ts';
import { createCallHandler } from './channel-calls.ts';
import { createThrottledWarning, type ThrottledWarning } from './throttled-warning.ts';

/**
 * How long a new connection has to prove who it is, in ms: a tray does it in a few, so this is
 * mostly how long an idle connection may hold an unproven place.
 */
export const PROOF_DEADLINE_MS = 3_000;

/**
 * Longest frame a connection may send before it is proven, in bytes: the only frame it may send
 * is the proof, well under this, so holding a screenshot-sized line for a stranger is not needed.
 */
export const MAX_UNPROVEN_FRAME_BYTES = 4 * 1024;

/**
 * Open connections one proven account may hold: its tray needs one (two while it reconnects), so
 * this leaves room for several sign-ins of one account while a program of that account's cannot
 * use up the service's memory and file handles.
 */
export const MAX_CONNECTIONS_PER_ACCOUNT = 8;
/**
 * Connections that have not proven their account yet, from every account together. Each waits
 * at most PROOF_DEADLINE_MS; one more closes the oldest of them, so connections held open without
 * proving can delay a tray by milliseconds but never lock it out.
 */
export const MAX_UNPROVEN_CONNECTIONS = 32;

export type ConnectionLimits = { perAccount: number; unproven: number };

/**
 * Anyone may enter the socket's folder and connect (0755, 0666): every signed-in user's tray must
 * reach the service, and a Unix socket is reachable from this computer only. Who may see what is
 * decided per connection by the proven account, never by who could open the socket.
 */
const SOCKET_FOLDER_MODE = 0o755;
/** The folder name the service's own socket folder has (/run/handraise-agent). */
const OWN_SOCKET_FOLDER_NAME = 'handraise-agent';
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
  const warnings: ConnectionWarnings = {
    evicted: createThrottledWarning(
      logger,
      'closed the oldest local connection not yet proven, to admit a new one',
    ),
    proofLeft: createThrottledWarning(
      logger,
      'a proof left by a local client could not be removed',
    ),
    failed: createThrottledWarning(logger, 'closed a local connection after an unexpected failure'),
    badFrame: createThrottledWarning(logger, 'closed a local connection that sent a bad frame'),
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    try {
      serveConnection(socket, {
        proofs,
        backend,
        logger,
        identify,
        maxFrameBytes: options.maxFrameBytes ?? MAX_FRAME_BYTES,
        census,
        warnings,
      });
    } catch (error) {
      // Whatever went wrong belongs to this connection: it closes, the service keeps serving.
      warnings.failed.note({ err: error });
      socket.destroy();
    }
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
  const created = mkdirSync(folder, { recursive: true }) !== undefined;
  // A folder someone else made keeps its mode (pointed at /tmp, a chmod would break /tmp); only
  // the service's own is set, whatever the umask or an earlier hand made of it.
  if (created || isOwnSocketFolder(folder, lstatSync(folder)))
    chmodSync(folder, SOCKET_FOLDER_MODE);
  else refuseSharedFolder(folder, lstatSync(folder));
  try {
    const stats = lstatSync(path);
    if (!stats.isSocket()) throw new Error(`${path} exists and is not a socket; remove it first`);
    rmSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The service's dedicated folder: named for it and owned by the account it runs as. */
function isOwnSocketFolder(folder: string, stats: Stats): boolean {
  return (
    basename(folder) === OWN_SOCKET_FOLDER_NAME &&
    stats.isDirectory() &&
    !stats.isSymbolicLink() &&
    stats.uid === process.getuid?.()
  );
}

/**
 * In a folder anyone may write to, another account could put its own socket or proof folder in
 * the service's place before it starts: such a folder is refused rather than used.
 */
function refuseSharedFolder(folder: string, stats: Stats): void {
  if (stats.isSymbolicLink() || !stats.isDirectory())
    throw new Error(`${folder} must be a folder for the service's socket`);
  if ((stats.mode & 0o002) !== 0)
    throw new Error(
      `${folder} can be written to by every account; name a socket in a folder of the service's own`,
    );
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

/** A connection not yet proven, as the census knows it: `evict` closes it to make room. */
type UnprovenPlace = { evict(): void };

/**
 * Counts open connections: unproven ones overall (oldest first), proven ones per account.
 * `admitUnproven` always admits, evicting the oldest unproven connection when they are at the
 * cap; `admitAccount` moves a place to an account or says no; `release` gives back whatever place
 * the connection held, and is harmless for one already evicted.
 */
type ConnectionCensus = {
  /** Returns whether an older connection had to be evicted. */
  admitUnproven(place: UnprovenPlace): boolean;
  /** Moves a connection from unproven to `accountId`'s, if that account has room. */
  admitAccount(place: UnprovenPlace, accountId: string): boolean;
  release(place: UnprovenPlace, accountId: string | null): void;
};

function createConnectionCensus(limits: ConnectionLimits): ConnectionCensus {
  // A Set keeps insertion order: its first entry is the oldest unproven connection.
  const unproven = new Set<UnprovenPlace>();
  const perAccount = new Map<string, number>();
  return {
    admitUnproven(place) {
      let evicted = false;
      while (unproven.size >= Math.max(limits.unproven, 1)) {
        const oldest = unproven.values().next().value!;
        unproven.delete(oldest);
        oldest.evict();
        evicted = true;
      }
      unproven.add(place);
      return evicted;
    },
    admitAccount(place, accountId) {
      if (!unproven.has(place)) return false;
      const held = perAccount.get(accountId) ?? 0;
      if (held >= limits.perAccount) return false;
      unproven.delete(place);
      perAccount.set(accountId, held + 1);
      return true;
    },
    release(place, accountId) {
      if (accountId === null) {
        unproven.delete(place);
        return;
      }
      const held = (perAccount.get(accountId) ?? 1) - 1;
      if (held > 0) perAccount.set(accountId, held);
      else perAccount.delete(accountId);
    },
  };
}

type ConnectionWarnings = {
  evicted: ThrottledWarning;
  proofLeft: ThrottledWarning;
  failed: ThrottledWarning;
  badFrame: ThrottledWarning;
};

function serveConnection(
  socket: Socket,
  context: {
    proofs: string;
    backend: ChannelBackend;
    logger: Logger;
    identify: IdentifyPeer;
    maxFrameBytes: number;
    census: ConnectionCensus;
    warnings: ConnectionWarnings;
  },
): void {
  const { backend, logger, census, warnings } = context;
  const place: UnprovenPlace = {
    evict: () => {
      // Closed at once: an evicted connection must not hold memory or a handle a moment longer.
      const busy: ServerFrame = {
        type: 'error',
        error: 'too-many-connections',
        message:
          'too many connections were waiting to prove their account; this one was the oldest',
      };
      if (!socket.destroyed) socket.write(encodeFrame(busy));
      socket.destroy();
    },
  };
  if (census.admitUnproven(place)) warnings.evicted.note();
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
    census.release(place, account?.id ?? null);
    try {
      unsubscribe();
    } catch (error) {
      warnings.failed.note({ err: error });
    }
    // A client that wrote its proof and went away leaves no file behind. The name is the
    // client's to fill (a folder, say): what cannot be removed is logged, never thrown.
    const left = removeProof(join(context.proofs, nonce));
    if (left) warnings.proofLeft.note({ err: left });
  });

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
      if (!census.admitAccount(place, proven.id)) {
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
  const reader = createFrameReader(
    (value) => {
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
        prove(frame.claimedId).catch((error: unknown) => {
          warnings.failed.note({ err: error });
          socket.destroy();
        });
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
      void call(method, params.data, caller)
        .then((result) => send({ ...result, id: frame.id }))
        .catch((error: unknown) => {
          warnings.failed.note({ err: error });
          socket.destroy();
        });
    },
    () =>
      account ? context.maxFrameBytes : Math.min(MAX_UNPROVEN_FRAME_BYTES, context.maxFrameBytes),
  );

  socket.on('data', (chunk: Buffer) => {
    if (socket.writableEnded) return;
    try {
      reader.push(chunk);
    } catch (error) {
      if (error instanceof FrameError) {
        warnings.badFrame.note({ code: error.code });
        refuse(error.code, error.message);
        return;
      }
      // Nothing a client sends may stop the service: this connection closes, the rest go on.
      warnings.failed.note({ err: error });
      socket.destroy();
    }
  });

  send({ type: 'challenge', nonce, proofs: context.proofs });
}
