import type { Clock } from '../clock.ts';

export type SignInGuard = ReturnType<typeof createSignInGuard>;

/** Failed sign-ins allowed per account, and per address, in one window. */
export const SIGN_IN_LIMITS = {
  perAccount: 10,
  perAddress: 50,
  windowMs: 5 * 60_000,
} as const;

// Past this many tracked keys, expired windows are dropped, so guessing with ever-new usernames
// cannot grow the map without bound.
const PRUNE_ABOVE = 10_000;

/**
 * Slows password guessing: after too many failed sign-ins for one account (or from one address)
 * within the window, further attempts are refused without checking the password, until the
 * window passes. A success does not reset anyone else's count. In memory: a restarted hub forgets.
 */
export function createSignInGuard(
  clock: Clock,
  limits: { perAccount: number; perAddress: number; windowMs: number } = SIGN_IN_LIMITS,
) {
  const failures = new Map<string, { startedAt: number; count: number }>();
  const current = (key: string, now: number) => {
    const entry = failures.get(key);
    return entry && now - entry.startedAt < limits.windowMs ? entry : null;
  };
  const keys = (username: string, address: string) =>
    [
      [`account:${username.toLowerCase()}`, limits.perAccount],
      [`address:${address}`, limits.perAddress],
    ] as const;

  return {
    /** True when this account or address has used up its failures for now. */
    blocked(username: string, address: string): boolean {
      const now = clock.now().getTime();
      return keys(username, address).some(([key, max]) => (current(key, now)?.count ?? 0) >= max);
    },

    failed(username: string, address: string): void {
      const now = clock.now().getTime();
      if (failures.size > PRUNE_ABOVE)
        for (const [key, entry] of failures)
          if (now - entry.startedAt >= limits.windowMs) failures.delete(key);
      for (const [key] of keys(username, address)) {
        const entry = current(key, now);
        if (entry) entry.count += 1;
        else failures.set(key, { startedAt: now, count: 1 });
      }
    },
  };
}
