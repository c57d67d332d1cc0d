// Which icon the tray shows: the one thing a student glances at.
import type { Connection, TrayRequest } from '../ipc/tray-api.ts';

export const TRAY_STATES = [
  'connected',
  'offline',
  'offline-queued',
  'request-open',
  'new-reply',
] as const;
export type TrayState = (typeof TRAY_STATES)[number];

/** Requests still going on: the student may be waiting for a helper or for the network. */
const isOpen = (request: TrayRequest) => request.state !== 'closed' && request.state !== 'refused';

/** Something the student sent that has not reached the hub yet. */
const isQueued = (request: TrayRequest) =>
  request.state === 'saved' || request.messages.some((message) => message.pending);

/**
 * The tray's state. An unread reply wins (it is why the student should look); then being offline,
 * with or without something waiting to go; then an open request; else simply connected.
 */
export function trayState(input: {
  connection: Connection;
  requests: readonly TrayRequest[];
  unreadReply: boolean;
}): TrayState {
  if (input.unreadReply) return 'new-reply';
  if (input.connection !== 'online') {
    return input.requests.some(isQueued) ? 'offline-queued' : 'offline';
  }
  return input.requests.some(isOpen) ? 'request-open' : 'connected';
}
