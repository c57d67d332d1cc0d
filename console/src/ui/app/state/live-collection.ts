/**
 * Bursts of pushes (a room of computers starting at 8:00) are drawn at most this often, so a
 * 10,000-row table is re-filtered a few times a second rather than once per device.
 */
const NOTIFY_INTERVAL_MS = 150;

export type LiveCollection<T extends { id: string }> = {
  /** Replaces everything (the first load, and again after a reconnect, when pushes were missed). */
  replaceAll: (items: readonly T[]) => void;
  /** Adds or replaces one item from a push. */
  upsert: (item: T) => void;
  /** Drops one item (a device record retired by a re-install link). */
  remove: (id: string) => void;
  get: (id: string) => T | undefined;
  /** For useSyncExternalStore: the items as an array that changes identity when they change. */
  getSnapshot: () => readonly T[];
  subscribe: (onChange: () => void) => () => void;
  /** True once the first full list arrived. */
  isLoaded: () => boolean;
};

/** A keyed list kept live by pushes, shared by every view that shows it. */
export function createLiveCollection<T extends { id: string }>(): LiveCollection<T> {
  const items = new Map<string, T>();
  const listeners = new Set<() => void>();
  let snapshot: readonly T[] = [];
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const publish = () => {
    timer = null;
    snapshot = [...items.values()];
    for (const listener of listeners) listener();
  };

  return {
    replaceAll(next) {
      items.clear();
      for (const item of next) items.set(item.id, item);
      loaded = true;
      if (timer) clearTimeout(timer);
      publish();
    },
    upsert(item) {
      items.set(item.id, item);
      timer ??= setTimeout(publish, NOTIFY_INTERVAL_MS);
    },
    remove(id) {
      if (items.delete(id)) timer ??= setTimeout(publish, NOTIFY_INTERVAL_MS);
    },
    get: (id) => items.get(id),
    getSnapshot: () => snapshot,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    isLoaded: () => loaded,
  };
}
