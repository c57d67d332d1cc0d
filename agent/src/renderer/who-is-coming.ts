// What the request view says about who will help, from the request and the school's help desk.
import type { HelperOnDuty } from '@handraise/shared';
import type { TrayHelpDesk, TrayRequest } from '../ipc/tray-api.ts';

/**
 * `helper`: someone took it (their name, when known); `coordinator`: it was passed to the IT
 * coordinator; `on-duty`: waiting, and these helpers cover this computer now; `nobody`: waiting,
 * and nobody is on duty, so it goes to the IT coordinator.
 */
export type Coming =
  | { kind: 'helper'; name: string | null }
  | { kind: 'coordinator' }
  | { kind: 'on-duty'; helpers: HelperOnDuty[] }
  | { kind: 'nobody' };

/** Who will help with `request`; null when there is nothing true to say. */
export function whoIsComing(request: TrayRequest, desk: TrayHelpDesk | null): Coming | null {
  // Not at the hub yet: nobody has heard of it.
  if (request.id === null) return null;
  switch (request.state) {
    case 'claimed':
      return { kind: 'helper', name: request.helperName };
    case 'escalated':
      return { kind: 'coordinator' };
    // Delivered and waiting (`saved` with an id: the hub's view is on its way).
    case 'new':
    case 'saved':
      // Who is on duty changes by the hour: an answer kept from earlier would mislead.
      if (!desk?.live) return null;
      return desk.onDuty.length > 0
        ? { kind: 'on-duty', helpers: desk.onDuty }
        : { kind: 'nobody' };
    default:
      return null;
  }
}

/**
 * Whether the school's fallback line ("If your class is stopped, call extension 1234") is worth
 * showing: while nobody has fixed it yet, and when it could not be sent at all.
 */
export function showsFallback(request: TrayRequest): boolean {
  return request.state !== 'resolved' && request.state !== 'closed';
}
