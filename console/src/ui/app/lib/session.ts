import type { SessionCreated, User } from '@handraise/shared';

/** sessionStorage: the session ends with the tab, so a shared school computer forgets it. */
const SESSION_KEY = 'handraise.session';

export type Session = { token: string; expiresAt: string; user: User };

/** The saved session of this tab, if it has one that has not expired. */
export function loadSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Partial<Session>;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string') return null;
    if (!session.user || Date.parse(session.expiresAt) <= now) return null;
    return session as Session;
  } catch {
    return null;
  }
}

/** Keeps the session for this tab. */
export function saveSession(created: SessionCreated): Session {
  const session: Session = {
    token: created.token,
    expiresAt: created.expiresAt,
    user: created.user,
  };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

/** Forgets the session of this tab. */
export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}
