/**
 * Counters that drain as time passes (a leaky bucket per key): a key may hold up to `capacity`,
 * and drains at `capacity` per `windowMs`. So a burst of `capacity` is allowed at once, then one
 * more each `windowMs / capacity`, with no cliff at a window's edge.
 */
export function createLeakyCounters(capacity: number, windowMs: number) {
  const drainPerMs = capacity / windowMs;
  const levels = new Map<string, { level: number; at: number }>();
  const level = (key: string, now: number) => {
    const entry = levels.get(key);
    return entry ? Math.max(0, entry.level - Math.max(0, now - entry.at) * drainPerMs) : 0;
  };
  const set = (key: string, value: number, now: number) => {
    if (value <= 0) levels.delete(key);
    else levels.set(key, { level: value, at: now });
  };

  /** Milliseconds until one more fits under this key's capacity; 0 when it fits now. */
  const waitMs = (key: string, now: number) =>
    Math.max(0, (level(key, now) + 1 - capacity) / drainPerMs);

  return {
    waitMs,
    add: (key: string, now: number) => set(key, level(key, now) + 1, now),
    /** Takes one back (an attempt that turned out fine). */
    remove: (key: string, now: number) => set(key, level(key, now) - 1, now),
    /** Drops keys that have drained empty, once there are more than `above` of them. */
    prune(now: number, above: number) {
      if (levels.size <= above) return;
      for (const key of [...levels.keys()]) if (level(key, now) === 0) levels.delete(key);
    },
  };
}
