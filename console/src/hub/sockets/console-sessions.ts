import type { Logger } from 'pino';
import { fail, type SessionEndReason } from '@handraise/shared';
import { covers, type SessionRevocation } from '../auth/session-revocation.ts';
import type { Clock } from '../clock.ts';
import type { ConsoleSocket } from './console-namespace.ts';

/**
 * Longest single wait for a session's expiry. Timers run on the monotonic clock, which stands still
 * while a laptop hub sleeps; waking up this often notices an expiry the wall clock has passed.
 */
const EXPIRY_RECHECK_MS = 15 * 60_000;

/** The session an authenticated console socket was opened with. */
export type SocketSession = { userId: string; tokenHash: string; expiresAt: string };

type Tracked = SocketSession & { socket: ConsoleSocket; timer?: NodeJS.Timeout };

export type ConsoleSessions = ReturnType<typeof createConsoleSessions>;

/**
 * Keeps each console socket no longer than its session: it is ended when the session is revoked
 * (sign-out, password, role, disabled, deleted), when it expires (a timer, even if the socket is
 * idle), and when an event arrives for a session that is no longer live (checked on each use).
 * Ending means telling the console why (`session:ended`), then disconnecting it.
 */
export function createConsoleSessions(deps: {
  clock: Clock;
  revocation: SessionRevocation;
  /** Whether storage still holds the session (by token hash) as live. */
  isLive: (tokenHash: string) => Promise<boolean>;
  logger: Logger;
}) {
  const { clock, logger } = deps;
  // Console sockets are few (people, not computers), so a scan per revocation is cheap.
  const open = new Map<string, Tracked>();

  const end = (tracked: Tracked, reason: SessionEndReason) => {
    if (open.get(tracked.socket.id) !== tracked) return;
    open.delete(tracked.socket.id);
    clearTimeout(tracked.timer);
    tracked.socket.emit('session:ended', { reason });
    tracked.socket.disconnect();
  };

  const expired = (tracked: Tracked) => clock.now().getTime() >= Date.parse(tracked.expiresAt);

  const armExpiry = (tracked: Tracked) => {
    if (expired(tracked)) return end(tracked, 'expired');
    const left = Date.parse(tracked.expiresAt) - clock.now().getTime();
    tracked.timer = setTimeout(() => armExpiry(tracked), Math.min(left, EXPIRY_RECHECK_MS));
  };

  /** Why a socket's session is over, or null while it is live. */
  const overBecause = async (tracked: Tracked): Promise<SessionEndReason | null> => {
    if (expired(tracked)) return 'expired';
    if (await deps.isLive(tracked.tokenHash)) return null;
    // Gone from storage without a notice reaching this socket (it was still connecting): the
    // session was ended on purpose, most often by signing out.
    return expired(tracked) ? 'expired' : 'signed-out';
  };
  const failed = (error: unknown) => {
    logger.error({ err: error }, 'checking a console session failed');
  };

  const unsubscribe = deps.revocation.subscribe((ended) => {
    for (const tracked of [...open.values()])
      if (covers(ended, tracked)) end(tracked, ended.reason);
  });

  return {
    /** Watches one authenticated socket from its connection to its end. */
    track(socket: ConsoleSocket, session: SocketSession): void {
      const tracked: Tracked = { ...session, socket };
      open.set(socket.id, tracked);
      socket.on('disconnect', () => {
        clearTimeout(tracked.timer);
        if (open.get(socket.id) === tracked) open.delete(socket.id);
      });
      armExpiry(tracked);

      // Every event is checked before its handler runs; a refused one is answered `unauthorized`
      // (before the disconnect, or the answer would not arrive).
      socket.use((packet, next) => {
        const last: unknown = packet.at(-1);
        const answer = (response: unknown) => {
          if (typeof last === 'function') (last as (response: unknown) => void)(response);
        };
        overBecause(tracked).then(
          (reason) => {
            if (!reason) return next();
            answer(fail('unauthorized'));
            end(tracked, reason);
          },
          (error: unknown) => {
            failed(error);
            answer(fail('unavailable'));
          },
        );
      });

      // The session may have ended between the handshake and now, before this socket was listed.
      overBecause(tracked).then((reason) => {
        if (reason) end(tracked, reason);
      }, failed);
    },

    /** Stops listening and clears every timer (the hub is closing). */
    close(): void {
      unsubscribe();
      for (const tracked of open.values()) clearTimeout(tracked.timer);
      open.clear();
    },
  };
}
