import { useEffect, useState } from 'react';

/** How often ages ("waiting 5 min") move on; minutes are the finest unit shown. */
const TICK_MS = 30_000;

/**
 * The current time, refreshed every half minute (or every `tickMs`) so ages stay true without a
 * reload.
 */
export function useNow(tickMs = TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return now;
}
