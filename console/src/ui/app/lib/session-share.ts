import { z } from 'zod';
import { readSession, sessionSchema, type Session } from './session.ts';

/**
 * The console's tabs share one session over a BroadcastChannel rather than a cookie: the hub's
 * sockets and API calls authenticate with the token itself (so no request rides on a cookie that
 * another site could make the browser send), the CSP stays as it is, and a channel only reaches
 * pages of the same origin in the same browser profile. Nothing is written to disk: when the last
 * tab closes, the session is forgotten, as a shared school computer needs.
 */
const CHANNEL_NAME = 'handraise.session';

/** How long a new tab waits for an open one to answer before it shows the sign-in screen. */
export const SESSION_ASK_WAIT_MS = 400;

const messageSchema = z.discriminatedUnion('kind', [
  // A tab without a session asks the others for theirs.
  z.object({ kind: z.literal('ask') }),
  // A tab's session: the answer to an ask, or a sign-in that the others may take up.
  z.object({ kind: z.literal('session'), session: sessionSchema }),
  // Signed out in one tab: every tab on that token leaves it.
  z.object({ kind: z.literal('signed-out'), token: z.string() }),
]);

export type SessionShareHandlers = {
  /** This tab's session, if any, to answer another tab's ask. */
  current: () => Session | null;
  /** Another tab has a live session (an answer, or a sign-in there). */
  onSession: (session: Session) => void;
  /** Another tab signed out of the session with this token. */
  onSignedOut: (token: string) => void;
};

export type SessionShare = {
  ask(): void;
  announceSession(session: Session): void;
  announceSignedOut(token: string): void;
  close(): void;
};

/** Opens the channel; where the browser has none, each tab keeps its own session, as before. */
export function openSessionShare(handlers: SessionShareHandlers): SessionShare {
  if (typeof BroadcastChannel === 'undefined') {
    return {
      ask: () => undefined,
      announceSession: () => undefined,
      announceSignedOut: () => undefined,
      close: () => undefined,
    };
  }
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const post = (message: z.infer<typeof messageSchema>) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = messageSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'ask') {
      const session = handlers.current();
      if (session) post({ kind: 'session', session });
    } else if (message.kind === 'session') {
      const session = readSession(message.session);
      if (session) handlers.onSession(session);
    } else {
      handlers.onSignedOut(message.token);
    }
  };
  return {
    ask: () => post({ kind: 'ask' }),
    announceSession: (session) => post({ kind: 'session', session }),
    announceSignedOut: (token) => post({ kind: 'signed-out', token }),
    close: () => channel.close(),
  };
}
