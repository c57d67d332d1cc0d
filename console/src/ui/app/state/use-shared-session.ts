import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionCreated } from '@handraise/shared';
import { clearSession, loadSession, saveSession, type Session } from '../lib/session.ts';
import { sessionEndNotice, type SignedOutBecause } from '../lib/session-end.ts';
import { openSessionShare, SESSION_ASK_WAIT_MS, type SessionShare } from '../lib/session-share.ts';

export type SharedSession = {
  session: Session | null;
  /** A new tab is still waiting for an open one to hand over the session. */
  asking: boolean;
  /** Why the last session ended, for the sign-in screen; null when there is nothing to say. */
  notice: string | null;
  signedIn: (created: SessionCreated) => void;
  signedOut: (reason: SignedOutBecause) => void;
};

/**
 * This tab's session, shared with the console's other tabs in this browser: a new tab (a device
 * opened with Ctrl+click) takes the session of an open one; signing out in one signs out all.
 */
export function useSharedSession(): SharedSession {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [asking, setAsking] = useState(() => session === null);
  const [notice, setNotice] = useState<string | null>(null);
  // Read by the channel's handlers, which live as long as the tab; set with the state, at once.
  const current = useRef(session);
  const share = useRef<SessionShare | null>(null);

  const take = useCallback((next: Session | null, because: string | null) => {
    current.current = next;
    setSession(next);
    setNotice(because);
    setAsking(false);
  }, []);

  useEffect(() => {
    const opened = openSessionShare({
      current: () => current.current,
      onSession: (offered) => {
        // A tab already signed in keeps its own session.
        if (current.current) return;
        take(saveSession(offered), null);
      },
      onSignedOut: (token) => {
        if (current.current?.token !== token) return;
        clearSession();
        take(null, sessionEndNotice('signed-out'));
      },
    });
    share.current = opened;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (!current.current) {
      opened.ask();
      timer = setTimeout(() => setAsking(false), SESSION_ASK_WAIT_MS);
    }
    return () => {
      clearTimeout(timer);
      opened.close();
      share.current = null;
    };
  }, [take]);

  const signedIn = useCallback(
    (created: SessionCreated) => {
      const saved = saveSession(created);
      take(saved, null);
      share.current?.announceSession(saved);
    },
    [take],
  );

  const signedOut = useCallback(
    (reason: SignedOutBecause) => {
      const token = current.current?.token;
      clearSession();
      take(null, sessionEndNotice(reason));
      // Only a sign-out here speaks for every tab; the hub tells each tab's socket the other reasons.
      if (reason === 'by-me' && token) share.current?.announceSignedOut(token);
    },
    [take],
  );

  return { session, asking, notice, signedIn, signedOut };
}
