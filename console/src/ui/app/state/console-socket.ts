import { io, type Socket } from 'socket.io-client';
import {
  CONSOLE_NAMESPACE,
  fail,
  type Ack,
  type AckData,
  type ConsoleEventName,
  type ConsoleEvents,
  type ConsoleToHubEvents,
  type HubToConsoleEvents,
  type PayloadIn,
} from '@handraise/shared';

export type ConsoleSocket = Socket<HubToConsoleEvents, ConsoleToHubEvents>;

/** An answer that takes longer than this means the hub is unreachable; the user can retry. */
const ASK_TIMEOUT_MS = 10_000;

/** Reconnection starts quickly and backs off, so a restarted hub is found within seconds. */
const RECONNECT_DELAY_MS = 1_000;
const RECONNECT_DELAY_MAX_MS = 15_000;

/** The answer to a console event, from the contract table. */
export type AskResult<E extends ConsoleEventName> = Ack<AckData<ConsoleEvents[E]>>;

/** What a console event carries, from the contract table. */
export type AskPayload<E extends ConsoleEventName> = PayloadIn<ConsoleEvents[E]>;

/** Opens the console socket on this hub (same origin) with the session token. */
export function openConsoleSocket(token: string): ConsoleSocket {
  return io(CONSOLE_NAMESPACE, {
    auth: { token },
    reconnectionDelay: RECONNECT_DELAY_MS,
    reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
  });
}

/** Sends a console event and waits for its acknowledgement; a timeout becomes `unavailable`. */
export async function ask<E extends ConsoleEventName>(
  socket: ConsoleSocket,
  event: E,
  payload: AskPayload<E>,
): Promise<AskResult<E>> {
  // socket.io's generic emit typing cannot follow a generic event name; the table's types can.
  const timed = socket.timeout(ASK_TIMEOUT_MS) as unknown as {
    emitWithAck(event: E, payload: AskPayload<E>): Promise<AskResult<E>>;
  };
  try {
    return await timed.emitWithAck(event, payload);
  } catch {
    return fail('unavailable');
  }
}
