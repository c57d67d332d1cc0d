/**
 * One inventory burst (a room of computers starting at 8:00) sends many `software:changed` pushes;
 * pages refetch at most once per half second, half a second after the first push of a burst
 * (not after the last: a burst from 500 computers would otherwise hold the page still).
 */
export const SOFTWARE_REFETCH_DELAY_MS = 500;

/** Title keys that changed, or null for "any title may have changed". */
export type ChangedKeys = ReadonlySet<string> | null;

export type ChangeFeed = {
  /** Records a change from a push; listeners hear about it, merged, shortly after. */
  push: (keys: readonly string[] | null) => void;
  /** Listens for changes; returns the unsubscribe. */
  subscribe: (listener: (keys: ChangedKeys) => void) => () => void;
  /** Drops a pending notice (the session ended); listeners unsubscribe themselves. */
  dispose: () => void;
};

/** A feed of changed title keys, merged across the pushes of one burst. */
export function createChangeFeed(delayMs = SOFTWARE_REFETCH_DELAY_MS): ChangeFeed {
  const listeners = new Set<(keys: ChangedKeys) => void>();
  let pending: Set<string> | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    const keys = pending ?? null;
    pending = undefined;
    for (const listener of listeners) listener(keys);
  };

  return {
    push(keys) {
      if (keys === null || pending === null) pending = null;
      else {
        pending ??= new Set();
        for (const key of keys) pending.add(key);
      }
      timer ??= setTimeout(flush, delayMs);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = undefined;
    },
  };
}

/** True when a change touches `key` (a null change touches every title). */
export function touches(keys: ChangedKeys, key: string): boolean {
  return keys === null || keys.has(key);
}
