import type { Clock } from './clock.ts';

/** At most `requests` per `windowMs` milliseconds, per key. */
export type RateLimit = { requests: number; windowMs: number };

/** Keys kept before expired windows are swept out; the sweep threshold doubles with live keys. */
const SWEEP_AT_KEYS = 1_024;

/**
 * Fixed-window counter per key (a device id, a person and a device). In memory: a restarted hub
 * forgets, which only loosens the limit for one window.
 */
export function createRateLimiter(limit: RateLimit, clock: Clock) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  let sweepAt = SWEEP_AT_KEYS;

  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.startedAt < limit.windowMs ? window : undefined;
  };

  /** Forgets finished windows, so that keys seen once do not stay in memory for good. */
  const sweep = (now: number) => {
    for (const [key, window] of windows) {
      if (now - window.startedAt >= limit.windowMs) windows.delete(key);
    }
    sweepAt = Math.max(SWEEP_AT_KEYS, windows.size * 2);
  };

  return {
    /** Counts one attempt; false when the key has used up its window. */
    take(key: string): boolean {
      const now = clock.now().getTime();
      const window = current(key, now);
      if (!window) {
        if (windows.size >= sweepAt) sweep(now);
        windows.set(key, { startedAt: now, count: 1 });
        return true;
      }
      if (window.count >= limit.requests) return false;
      window.count += 1;
      return true;
    },
    /** Whether take() would succeed now; counts nothing. */
    available(key: string): boolean {
      return (current(key, clock.now().getTime())?.count ?? 0) < limit.requests;
    },
  };
}
