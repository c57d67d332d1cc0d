// Work a socket handler starts and nobody awaits (a disconnected agent's last-seen time): the hub
// waits for it when closing, so it is written before the database closes rather than failing.

export type PendingWork = {
  /** Runs `work` in the background; its failure is the caller's to log (it catches). */
  track(work: Promise<unknown>): void;
  /** Resolves once everything tracked so far has settled. */
  settled(): Promise<void>;
};

export function createPendingWork(): PendingWork {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settledWork = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settledWork);
      void settledWork.then(() => running.delete(settledWork));
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
