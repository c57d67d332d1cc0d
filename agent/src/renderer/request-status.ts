// What a request's status line says, from its state and the connection.
import type { MessageKey } from '../ipc/messages/catalog.ts';
import type { Connection, TrayRequest } from '../ipc/tray-api.ts';

/** The tone of a status: colours and icon follow it. */
export type StatusTone = 'waiting' | 'progress' | 'good' | 'problem';

/** The status message key (with its `{name}`) and tone for a request. */
export function requestStatus(
  request: TrayRequest,
  connection: Connection,
): { key: MessageKey; tone: StatusTone } {
  switch (request.state) {
    case 'saved':
      // Delivered but the hub's view not back yet: it has been sent.
      if (request.id !== null) return { key: 'status.new', tone: 'progress' };
      return savedStatus(request, connection);
    case 'new':
      return { key: 'status.new', tone: 'progress' };
    case 'claimed':
      return { key: 'status.claimed', tone: 'good' };
    case 'escalated':
      return { key: 'status.escalated', tone: 'progress' };
    case 'resolved':
      return { key: 'status.resolved', tone: 'good' };
    case 'closed':
      return { key: 'status.closed', tone: 'good' };
    case 'refused':
      return { key: 'status.refused', tone: 'problem' };
  }
}

/** Why a request is still on this computer: each cause needs different words (and acts). */
function savedStatus(
  request: TrayRequest,
  connection: Connection,
): { key: MessageKey; tone: StatusTone } {
  switch (connection) {
    // Waiting for the network would be a false promise: someone has to act first.
    case 'refused':
      return { key: 'status.withdrawn', tone: 'problem' };
    case 'outdated':
      return { key: 'status.outdated', tone: 'problem' };
    case 'untrusted':
      return { key: 'status.untrusted', tone: 'problem' };
    case 'offline':
      return { key: 'status.saved', tone: 'waiting' };
    case 'online':
      return request.hubBusy
        ? { key: 'status.busy', tone: 'waiting' }
        : { key: 'status.sending', tone: 'progress' };
  }
}

/** Still going on: the student can write back or say whether it works. */
export function isActive(request: TrayRequest): boolean {
  return request.id !== null && request.state !== 'closed' && request.state !== 'refused';
}

/** A helper has looked at it: "Still broken" makes sense. */
export function helperInvolved(request: TrayRequest): boolean {
  return (
    request.state === 'claimed' || request.state === 'escalated' || request.state === 'resolved'
  );
}
