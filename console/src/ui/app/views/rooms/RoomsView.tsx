import { useMemo } from 'react';
import { formatCount, plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { roomSummaries, type RoomSummary } from '../../lib/rooms.ts';
import { useDevices, useRequests } from '../../state/hub-context.ts';
import { RoomPage } from './RoomPage.tsx';

/** One room's card: the whole card opens its floor plan (the heading's link stretches over it). */
function RoomCard({ summary }: { summary: RoomSummary }) {
  const id = `room-card-${encodeURIComponent(summary.room)}`;
  return (
    <li className="room-card" data-busy={summary.openRequests > 0 || undefined}>
      <h2 id={id}>
        {/* The tooltip shows a long name in full where the card clamps it. */}
        <a href={hrefFor('rooms', summary.room)} title={summary.room}>
          {summary.room}
        </a>
      </h2>
      <p className="muted">{summary.site ?? 'No site'}</p>
      <dl className="room-facts" aria-labelledby={id}>
        <div>
          <dt>Computers</dt>
          <dd>{formatCount(summary.computers)}</dd>
        </div>
        <div>
          <dt>Online</dt>
          <dd>{formatCount(summary.online)}</dd>
        </div>
        <div
          data-tone={
            summary.urgentRequests > 0 ? 'bad' : summary.openRequests > 0 ? 'warn' : undefined
          }
        >
          <dt>Open requests</dt>
          <dd>
            {formatCount(summary.openRequests)}
            {summary.urgentRequests > 0 && (
              <span className="room-urgent"> ({formatCount(summary.urgentRequests)} urgent)</span>
            )}
          </dd>
        </div>
        {summary.needsUpdates !== null && (
          <div data-tone={summary.needsUpdates > 0 ? 'warn' : undefined}>
            <dt>Need updates</dt>
            <dd>{formatCount(summary.needsUpdates)}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * Rooms at a glance, busiest first; `#/rooms/<room>` opens one room's floor plan. An advisor's
 * list holds only the rooms of their scope: the hub lists them only those computers.
 */
export function RoomsView({ room }: { room: string | null }) {
  const devices = useDevices();
  const requests = useRequests();
  const summaries = useMemo(() => roomSummaries(devices, requests), [devices, requests]);
  if (room !== null) return <RoomPage room={room} />;
  const waiting = summaries.reduce((sum, s) => sum + s.openRequests, 0);
  const roomless = devices.filter((d) => d.room === null).length;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Rooms</h1>
          <p className="subtitle">
            {summaries.length === 0
              ? 'No computer is enrolled into a room yet.'
              : `${plural(summaries.length, 'room')} · ${plural(waiting, 'open request')}`}
          </p>
        </div>
      </header>
      {summaries.length > 0 && (
        <ul className="room-cards" aria-label="Rooms, most open requests first">
          {summaries.map((summary) => (
            <RoomCard key={summary.room} summary={summary} />
          ))}
        </ul>
      )}
      {roomless > 0 && (
        <p className="muted">
          {plural(roomless, 'computer is', 'computers are')} in no room; they are on the Devices
          page. An enrollment token that names a room puts the computers enrolled with it there.
        </p>
      )}
    </div>
  );
}
