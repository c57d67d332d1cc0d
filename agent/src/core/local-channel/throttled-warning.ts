// A warning that a local user can cause at will (a refused or evicted connection, a proof file
// that cannot be removed) must not let that user fill the service's log: it is written at most
// once per interval, saying how many times it happened since the last line.
import type { Logger } from 'pino';

/** One line per minute at most, per kind of warning. */
export const WARNING_INTERVAL_MS = 60_000;

export type ThrottledWarning = {
  /** Counts one occurrence; writes the line if none was written in the last interval. */
  note(fields?: Record<string, unknown>): void;
};

export function createThrottledWarning(
  logger: Logger,
  message: string,
  options: { intervalMs?: number; now?: () => number } = {},
): ThrottledWarning {
  const intervalMs = options.intervalMs ?? WARNING_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let lastWrittenAt = Number.NEGATIVE_INFINITY;
  let unwritten = 0;
  return {
    note(fields = {}) {
      unwritten += 1;
      const at = now();
      if (at - lastWrittenAt < intervalMs) return;
      logger.warn({ ...fields, count: unwritten }, message);
      lastWrittenAt = at;
      unwritten = 0;
    },
  };
}
