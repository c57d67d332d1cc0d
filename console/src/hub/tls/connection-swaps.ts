// Which computers' connections replaced one another lately. One agent reconnecting does this now
// and then; two copies of an agent holding the same secret do it over and over. A new secret handed
// over meanwhile would go to whichever copy holds the connection at that moment, so the hub
// refuses to rotate until it has been quiet for a while (revoking and enrolling again is the cure).
import type { Clock } from '../clock.ts';

/** How long after a replacement a secret rotation is refused, in ms. */
export const SWAP_QUIET_MS = 10 * 60_000;

export function createConnectionSwaps(clock: Clock) {
  const lastSwap = new Map<string, number>();
  return {
    /** A new connection with this computer's secret replaced an earlier one. */
    noteReplaced(deviceId: string): void {
      lastSwap.set(deviceId, clock.now().getTime());
    },
    /** True while a replacement is recent enough that two copies may be taking turns. */
    swappedRecently(deviceId: string): boolean {
      const at = lastSwap.get(deviceId);
      if (at === undefined) return false;
      if (clock.now().getTime() - at < SWAP_QUIET_MS) return true;
      // Forgotten once quiet, so the map holds only computers that swapped lately.
      lastSwap.delete(deviceId);
      return false;
    },
  };
}

export type ConnectionSwaps = ReturnType<typeof createConnectionSwaps>;
