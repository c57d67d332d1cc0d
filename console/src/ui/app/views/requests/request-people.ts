import type { HelpRequest } from '@handraise/shared';

/** Who asked, as the tray sent it (a first name), or plainly that they gave none. */
export const askedBy = (request: Pick<HelpRequest, 'requester'>): string =>
  request.requester?.trim() || 'No name given';

/** Where the computer is: its room and seat ("Room 12 · seat B3"), as much as is known. */
export function whereItIs(request: Pick<HelpRequest, 'room' | 'seat'>): string {
  const room = request.room ?? 'No room';
  return request.seat ? `${room} · seat ${request.seat}` : room;
}
