import { io, type Socket } from 'socket.io-client';
import {
  CONSOLE_NAMESPACE,
  fail,
  type Ack,
  type ConsoleToHubEvents,
  type HubToConsoleEvents,
} from '@handraise/shared';

export type ConsoleSocket = Socket<HubToConsoleEvents, ConsoleToHubEvents>;

/** An answer that takes longer than this means the hub is unreachable; the user can retry. */
const ASK_TIMEOUT_MS = 10_000;

/** Reconnection starts quickly and backs off, so a restarted hub is found within seconds. */
const RECONNECT_DELAY_MS = 1_000;
const RECONNECT_DELAY_MAX_MS = 15_000;

/** The result type of a console event, read from its acknowledgement callback. */
export type AskResult<E extends keyof ConsoleToHubEvents> = Parameters<
  ConsoleToHubEvents[E]
>[1] extends (response: infer R) => void
  ? R
  : never;

/** Opens the console socket on this hub (same origin) with the session token. */
export function openConsoleSocket(token: string): ConsoleSocket {
  return io(CONSOLE_NAMESPACE, {
    auth: { token },
    reconnectionDelay: RECONNECT_DELAY_MS,
    reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
  });
}

/** Sends a console event and waits for its acknowledgement; a timeout becomes `unavailable`. */
export async function ask<E extends keyof ConsoleToHubEvents>(
  socket: ConsoleSocket,
  event: E,
  payload: unknown,
): Promise<AskResult<E>> {
  // socket.io's generic emit typing cannot follow a generic event name; the map above can.
  const timed = socket.timeout(ASK_TIMEOUT_MS) as unknown as {
    emitWithAck(event: E, payload: unknown): Promise<Ack<unknown>>;
  };
  try {
    return (await timed.emitWithAck(event, payload)) as AskResult<E>;
  } catch {
    return fail('unavailable') as AskResult<E>;
  }
}
