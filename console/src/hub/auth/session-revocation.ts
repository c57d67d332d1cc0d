import type { SessionEndReason } from '@handraise/shared';

/** Sessions that just ended: one (by its token's hash), or all of one person's but one. */
export type SessionEnd =
  | { tokenHash: string; reason: SessionEndReason }
  | { userId: string; reason: SessionEndReason; exceptTokenHash?: string };

type Listener = (end: SessionEnd) => void;

export type SessionRevocation = ReturnType<typeof createSessionRevocation>;

/**
 * The one place that says "these sessions are over". Storage forgets a session first (so HTTP
 * answers 401 from then on); this then tells whatever holds the session open, today the console
 * sockets, which disconnect at once. Routes publish; the console namespace subscribes. `relay`
 * passes each end on to the other hubs sharing the database, whose consoles may hold the session.
 */
export function createSessionRevocation(relay?: (end: SessionEnd) => void) {
  const listeners = new Set<Listener>();
  const here = (end: SessionEnd) => {
    for (const listener of listeners) listener(end);
  };
  const publish = (end: SessionEnd) => {
    here(end);
    relay?.(end);
  };

  return {
    /** Calls `listener` for every ended session until the returned function is called. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    /** One session ended (signed out). */
    endSession(tokenHash: string, reason: SessionEndReason): void {
      publish({ tokenHash, reason });
    },

    /** All of one person's sessions ended, but the one that made the change if it is kept. */
    endSessionsOf(userId: string, reason: SessionEndReason, exceptTokenHash?: string): void {
      publish(exceptTokenHash ? { userId, reason, exceptTokenHash } : { userId, reason });
    },

    /** Sessions another hub ended: told to this hub's listeners only. */
    endedElsewhere(end: SessionEnd): void {
      here(end);
    },
  };
}

/** Whether an ended-sessions notice covers this session. */
export function covers(end: SessionEnd, session: { userId: string; tokenHash: string }): boolean {
  if ('tokenHash' in end) return end.tokenHash === session.tokenHash;
  return end.userId === session.userId && end.exceptTokenHash !== session.tokenHash;
}
