import type { Clock } from '../clock.ts';

export type EnrollmentGuard = ReturnType<typeof createEnrollmentGuard>;

/**
 * Enrollment attempts allowed per address. A school behind one NAT address may enroll a whole lab
 * at once, so successes are limited generously; wrong tokens are limited tightly.
 */
export const ENROLLMENT_LIMITS = {
  attemptsPerWindow: 300,
  failuresPerWindow: 20,
  windowMs: 5 * 60_000,
} as const;

// Past this many tracked addresses, finished windows are dropped so the map cannot grow unbounded.
const PRUNE_ABOVE = 10_000;

type Window = { startedAt: number; attempts: number; failures: number };

/**
 * Counts each enrollment attempt before the token is looked at, so parallel guesses cannot all
 * slip in before the first failure is counted: an attempt in flight counts as a failure until it
 * succeeds. In memory: a restarted hub forgets, which only loosens the limit for one window.
 */
export function createEnrollmentGuard(clock: Clock, limits = ENROLLMENT_LIMITS) {
  const windows = new Map<string, Window>();
  const inFlight = new Map<string, number>();
  const windowFor = (address: string, now: number): Window => {
    const current = windows.get(address);
    if (current && now - current.startedAt < limits.windowMs) return current;
    if (windows.size > PRUNE_ABOVE)
      for (const [key, entry] of windows)
        if (now - entry.startedAt >= limits.windowMs) windows.delete(key);
    const fresh = { startedAt: now, attempts: 0, failures: 0 };
    windows.set(address, fresh);
    return fresh;
  };

  return {
    /** Starts an attempt; null when this address must wait, else a function to report its end. */
    begin(address: string): ((succeeded: boolean) => void) | null {
      const window = windowFor(address, clock.now().getTime());
      const pending = inFlight.get(address) ?? 0;
      if (window.attempts >= limits.attemptsPerWindow) return null;
      if (window.failures + pending >= limits.failuresPerWindow) return null;
      window.attempts += 1;
      inFlight.set(address, pending + 1);
      let ended = false;
      return (succeeded) => {
        if (ended) return;
        ended = true;
        const left = (inFlight.get(address) ?? 1) - 1;
        if (left > 0) inFlight.set(address, left);
        else inFlight.delete(address);
        if (!succeeded) windowFor(address, clock.now().getTime()).failures += 1;
      };
    },
  };
}
