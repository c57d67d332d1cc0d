import type { Clock } from './clock.ts';

/**
 * Fixed-window counter per key (a device id). In memory: a restarted hub forgets, which only
 * loosens the limit for one window.
 */
export function createRateLimiter(limit: { requests: number; windowMs: number }, clock: Clock) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /** Counts one attempt; false when the key has used up its window. */
    take(key: string): boolean {
      const now = clock.now().getTime();
      const current = windows.get(key);
      if (!current || now - current.startedAt >= limit.windowMs) {
        windows.set(key, { startedAt: now, count: 1 });
        return true;
      }
      if (current.count >= limit.requests) return false;
      current.count += 1;
      return true;
    },
  };
}
