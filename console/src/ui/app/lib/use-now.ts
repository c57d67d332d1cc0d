import { useEffect, useState } from 'react';

/** How often ages ("waiting 5 min") move on; minutes are the finest unit shown. */
const TICK_MS = 30_000;

/** The current time, refreshed every half minute so ages stay true without a reload. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
