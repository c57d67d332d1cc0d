// A hub that is stopping (a restart, an upgrade) tells its agents how widely to spread their
// return. Without it every agent comes back within the same two or three seconds (socket.io's
// first reconnection delay), and the hub, taking connections in the order they arrived, leaves a
// coordinator's console waiting behind thousands of agents.

/** `hub:closing`: connect again at a random moment within this many milliseconds. */
export type HubClosing = { reconnectWithinMs: number };

/** The hub's own pace: agents it lets come back per second after a restart. */
export const RECONNECTS_PER_SECOND = 500;
/** The narrowest window: a hub takes a few seconds to start again; earlier tries only fail. */
export const MIN_RECONNECT_SPREAD_MS = 5_000;
/** The widest: no computer waits longer than this for a hub that is back. */
export const MAX_RECONNECT_SPREAD_MS = 120_000;

/** The window a hub gives when it has this many agents connected. */
export function reconnectSpreadMs(agents: number): number {
  const paced = Math.ceil((agents / RECONNECTS_PER_SECOND) * 1000);
  return Math.min(MAX_RECONNECT_SPREAD_MS, Math.max(MIN_RECONNECT_SPREAD_MS, paced));
}

/**
 * Follows a hub's closing notices for one connection: after `hub:closing`, the connection's end is
 * answered not by socket.io's quick retry but by one try at a random moment of the window the hub
 * gave (the caller turns the manager's own retry off for it; if the hub is not back by then, the
 * usual back-off takes over again). A window that is not a number in range is ignored, so a hub
 * cannot keep its agents away for longer than MAX_RECONNECT_SPREAD_MS.
 */
export function closingNoticeFollower(random: () => number = Math.random) {
  let windowMs: number | null = null;
  return {
    noticed(notice: HubClosing | undefined): void {
      const within = notice?.reconnectWithinMs;
      windowMs =
        typeof within === 'number' && within > 0 && within <= MAX_RECONNECT_SPREAD_MS
          ? within
          : null;
    },
    connected(): void {
      windowMs = null;
    },
    /** The delay before connecting again after this end, or null for the usual retry. */
    disconnected(reason: string): number | null {
      const within = windowMs;
      windowMs = null;
      // Ended by this side, or by the hub on purpose (a newer connection, a farewell): no restart.
      if (within === null || reason === 'io client disconnect' || reason === 'io server disconnect')
        return null;
      return Math.floor(random() * within);
    },
  };
}
