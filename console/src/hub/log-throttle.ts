/** Past this many remembered keys, old ones are dropped, so ever-new addresses cannot grow it. */
const PRUNE_ABOVE = 10_000;

/**
 * Says whether a line about `key` (an address) may be logged now: at most one per interval, so a
 * client that is refused a thousand times a second writes one line, not a thousand.
 */
export function createLogThrottle(intervalMs: number, now: () => number = Date.now) {
  const lastLogged = new Map<string, number>();
  return (key: string): boolean => {
    const at = now();
    const last = lastLogged.get(key);
    if (last !== undefined && at - last < intervalMs) return false;
    if (lastLogged.size > PRUNE_ABOVE)
      for (const [old, when] of lastLogged) if (at - when >= intervalMs) lastLogged.delete(old);
    lastLogged.set(key, at);
    return true;
  };
}
