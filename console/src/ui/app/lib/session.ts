import { z } from 'zod';
import { isoTimestamp, roleSchema, type SessionCreated, type User } from '@handraise/shared';

/**
 * sessionStorage: the session ends with the tab, so a shared school computer forgets it. Other tabs
 * of the same console get it from an open one over a BroadcastChannel (see session-share.ts).
 */
const SESSION_KEY = 'handraise.session';

export type Session = { token: string; expiresAt: string; user: User };

/**
 * What a saved or shared session must look like before the console trusts it: the token and its
 * expiry, and a person with an id and a role (the rest of the user comes from the same hub answer).
 */
export const sessionSchema = z.object({
  token: z.string().min(1),
  expiresAt: isoTimestamp,
  user: z.looseObject({ id: z.string(), username: z.string(), role: roleSchema }),
});

/** The session in `value` if it has the right shape and has not expired, else null. */
export function readSession(value: unknown, now = Date.now()): Session | null {
  const parsed = sessionSchema.safeParse(value);
  if (!parsed.success || Date.parse(parsed.data.expiresAt) <= now) return null;
  // The checked fields above; the user's other fields come unchanged from the hub's answer.
  return parsed.data as unknown as Session;
}

/** The saved session of this tab, if it has one that has not expired. */
export function loadSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? readSession(JSON.parse(raw), now) : null;
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
