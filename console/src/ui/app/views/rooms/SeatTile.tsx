import { CATEGORY_LABELS, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { tileDescription, titlesBehind, type SeatTile as Tile } from '../../lib/rooms.ts';

/**
 * One computer on the floor plan: its name (to the device), seat, online dot, the request waiting
 * at it (to that request) and how many titles need updating. The name's link says it all aloud.
 */
export function SeatTile({ tile }: { tile: Tile }) {
  const { device } = tile;
  const first = tile.open[0];
  const behind = titlesBehind(device);
  return (
    <div
      className="seat-tile"
      data-online={device.online || undefined}
      data-asking={first ? (tile.urgent ? 'urgent' : 'open') : undefined}
    >
      <a
        className="seat-name"
        href={hrefFor('devices', device.id)}
        aria-label={tileDescription(tile)}
      >
        <span className="seat-dot" aria-hidden="true" />
        <bdi>{device.name}</bdi>
      </a>
      <span className="seat-label" aria-hidden="true">
        <bdi>{device.seat ?? 'No seat label'}</bdi>
      </span>
      {(first || (behind ?? 0) > 0) && (
        <span className="seat-badges">
          {first && (
            <a className="seat-badge request" href={hrefFor('requests', first.id)}>
              <span className="sr-only">Open request </span>
              {tile.urgent ? 'Urgent ' : ''}
              {requestNumber(first)} {CATEGORY_LABELS[first.category]}
              {tile.open.length > 1 ? ` +${tile.open.length - 1}` : ''}
            </a>
          )}
          {(behind ?? 0) > 0 && (
            <span className="seat-badge updates" aria-hidden="true">
              {behind} to update
            </span>
          )}
        </span>
      )}
    </div>
  );
}
