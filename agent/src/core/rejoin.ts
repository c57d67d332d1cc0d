// Connecting again after the hub itself ended a connection (another connection with this device's
// secret took its place) or turned one away for now (`unavailable`). socket.io-client reconnects
// by itself only after network trouble; after these it stays down until told to connect.
import { createBackoff, type BackoffOptions } from './backoff.ts';

export type RejoinOptions = {
  /** The delays between attempts: the agent's usual reconnection back-off. */
  backoff: BackoffOptions;
  /** A connection that lasted this long (ms) settles things: the next delay starts short again. */
  settledAfterMs: number;
  /** Opens the connection again. */
  connect: () => void;
  now?: () => number;
  random?: () => number;
};

/**
 * Schedules reconnection attempts after the hub ended a connection, each later than the last while
 * connections keep ending early, so two processes sharing a secret take turns slowly instead of
 * knocking each other off many times a second. One attempt is scheduled at a time.
 */
export function createRejoin(options: RejoinOptions) {
  const now = options.now ?? Date.now;
  const backoff = createBackoff(options.backoff, options.random);
  let connectedAt: number | null = null;
  let timer: NodeJS.Timeout | undefined;

  return {
    /** A connection is up. */
    connected(): void {
      connectedAt = now();
    },
    /** The connection is down, for whatever reason; one that lasted resets the back-off. */
    disconnected(): void {
      if (connectedAt !== null && now() - connectedAt >= options.settledAfterMs) backoff.reset();
      connectedAt = null;
    },
    /** Connects again after the next delay; returns that delay in ms. */
    schedule(): number {
      clearTimeout(timer);
      const delayMs = backoff.next();
      timer = setTimeout(options.connect, delayMs);
      return delayMs;
    },
    /** Forgets a scheduled attempt (the client is closing). */
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
