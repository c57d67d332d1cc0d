import type { HelpRequest } from '@handraise/shared';

/**
 * Where the computer is ("Room 12 · seat B3"), each name isolated in its own <bdi>: a room or seat
 * stored before such text was refused, or written right to left, cannot reorder its neighbours.
 * Reads as whereItIs does.
 */
export function WhereItIs({ request }: { request: Pick<HelpRequest, 'room' | 'seat'> }) {
  return (
    <>
      <bdi>{request.room ?? 'No room'}</bdi>
      {request.seat && (
        <>
          {' · seat '}
          <bdi>{request.seat}</bdi>
        </>
      )}
    </>
  );
}
