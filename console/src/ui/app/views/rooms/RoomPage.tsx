import { useMemo } from 'react';
import { ArrowLeftIcon } from '../../components/icons.tsx';
import { plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { roomGrid } from '../../lib/rooms.ts';
import { useDevices, useRequests } from '../../state/hub-context.ts';
import { SeatTile } from './SeatTile.tsx';

/**
 * One room's floor plan, live: a table whose rows are the room's rows (front first) and whose
 * columns are the seats in them, so a screen reader names "Row 2, Seat 3" for each computer;
 * computers with no place on the grid are listed after.
 */
export function RoomPage({ room }: { room: string }) {
  const devices = useDevices();
  const requests = useRequests();
  const grid = useMemo(() => roomGrid(room, devices, requests), [room, devices, requests]);
  const computers = grid.placed.flat().filter((t) => t !== null).length + grid.unplaced.length;
  const online = [...grid.placed.flat(), ...grid.unplaced].filter((t) => t?.device.online).length;
  const columns = Array.from({ length: grid.columns }, (_, i) => i + 1);

  return (
    <div className="page">
      <header className="page-header room-header">
        <div>
          <a className="back-link" href={hrefFor('rooms')}>
            <ArrowLeftIcon size={16} /> All rooms
          </a>
          <h1>{room}</h1>
          <p className="subtitle">
            {computers === 0
              ? 'No computer you can see is in this room.'
              : `${plural(computers, 'computer')} · ${online} online`}
          </p>
        </div>
      </header>
      <section className="card" aria-labelledby="floor-plan-heading">
        <div className="card-header">
          <h2 id="floor-plan-heading">Floor plan</h2>
          <span className="hint">Row 1 is the front; seats count from the left.</span>
        </div>
        <div className="card-body">
          {grid.rows === 0 ? (
            <p className="muted">
              No computer here has a place on the floor plan yet. Give one a row and seat on its
              device page, or enroll it with <code>--seat &quot;row 2 seat 3&quot;</code>.
            </p>
          ) : (
            <div className="room-grid-scroll">
              <table className="room-grid">
                <caption className="sr-only">Floor plan of {room}, by row and seat</caption>
                <thead>
                  <tr>
                    <td />
                    {columns.map((column) => (
                      <th key={column} scope="col">
                        Seat {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.placed.map((cells, index) => (
                    <tr key={index}>
                      <th scope="row">Row {index + 1}</th>
                      {cells.map((tile, column) => (
                        <td key={column}>
                          {tile ? (
                            <SeatTile tile={tile} />
                          ) : (
                            <span className="seat-empty">Empty</span>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </section>
      {grid.unplaced.length > 0 && (
        <section className="card" aria-labelledby="unplaced-heading">
          <div className="card-header">
            <h2 id="unplaced-heading">Not on the floor plan</h2>
          </div>
          <ul className="card-body seat-list">
            {grid.unplaced.map((tile) => (
              <li key={tile.device.id}>
                <SeatTile tile={tile} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
