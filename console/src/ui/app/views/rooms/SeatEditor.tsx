import { useEffect, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import {
  describeSeatPlace,
  MAX_SEAT_GRID,
  MAX_SEAT_LABEL_CHARS,
  type Device,
  type SeatUpdate,
  type User,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { FormOutcome } from '../../components/FormOutcome.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { hrefFor } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';

/** Who the hub lets name seats (it checks the room too): the coordinator and teacher advisors. */
const mayEditSeats = (user: User) =>
  user.role === 'coordinator' || user.advisor?.kind === 'teacher';

const REFUSALS: Record<string, string> = {
  conflict:
    'Another computer of this room is on that place already. Move it first, or pick another.',
  'invalid-payload': `Use a label of up to ${MAX_SEAT_LABEL_CHARS} characters, and a row and seat from 1 to ${MAX_SEAT_GRID}.`,
  forbidden: 'You may not move computers on the floor plan.',
  'not-found': 'This computer is no longer yours to see.',
};

/** A grid number as typed: null when empty, NaN when it is no whole number. */
const gridNumber = (text: string): number | null =>
  text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;

/** The seat a form holds, or why it cannot be sent. */
function seatFrom(label: string, row: string, column: string): SeatUpdate | string {
  const r = gridNumber(row);
  const c = gridNumber(column);
  if ((r === null) !== (c === null)) return 'Give both a row and a seat, or neither.';
  const inGrid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_SEAT_GRID;
  if (r !== null && c !== null && (!inGrid(r) || !inGrid(c)))
    return `Rows and seats go from 1 to ${MAX_SEAT_GRID}.`;
  return {
    label: label.trim() === '' ? null : label,
    place: r !== null && c !== null ? { row: r, column: c } : null,
  };
}

/**
 * Where the computer sits in its room: its seat label and place on the room's floor plan. Shown
 * to everyone who sees the computer; the coordinator and teacher advisors change it.
 */
export function SeatEditor({ device }: { device: Device }) {
  const { api, user } = useHub();
  const [label, setLabel] = useState(device.seat ?? '');
  const [row, setRow] = useState(String(device.seatPlace?.row ?? ''));
  const [column, setColumn] = useState(String(device.seatPlace?.column ?? ''));
  const [error, setError] = useState('');
  const [done, setDone] = useState<string | null>(null);
  // Another console moved it: the form follows until someone here starts typing.
  useEffect(() => {
    setLabel(device.seat ?? '');
    setRow(String(device.seatPlace?.row ?? ''));
    setColumn(String(device.seatPlace?.column ?? ''));
  }, [device.seat, device.seatPlace?.row, device.seatPlace?.column]);

  const where = [device.seat, device.seatPlace ? describeSeatPlace(device.seatPlace) : null].filter(
    Boolean,
  );
  const summary = (
    <p>
      {where.length > 0 ? where.join(' · ') : 'No seat named yet.'}
      {device.room && (
        <>
          {' · '}
          <a href={hrefFor('rooms', device.room)}>See {device.room}&apos;s floor plan</a>
        </>
      )}
    </p>
  );
  if (!mayEditSeats(user))
    return (
      <div className="seat-card">
        <Card title="Seat" id="seat-heading">
          {summary}
        </Card>
      </div>
    );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const seat = seatFrom(label, row, column);
    if (typeof seat === 'string') return setError(seat);
    const result = await api<Device>(`/api/devices/${encodeURIComponent(device.id)}/seat`, {
      method: 'PATCH',
      body: seat,
    });
    if (!result.ok) return setError(REFUSALS[result.error] ?? 'The seat was not saved. Try again.');
    setError('');
    setDone('Seat saved.');
  };

  return (
    <div className="seat-card">
      <Card title="Seat" id="seat-heading" hint={device.room ? `In ${device.room}` : 'In no room'}>
        {summary}
        <p className="muted">
          The label is what people say in the room; the row and seat place the computer on the floor
          plan (row 1 is the front, seats count from the left).
        </p>
        <form className="seat-form" onSubmit={(event) => void save(event)}>
          <TextInput
            label="Seat label"
            placeholder="B3"
            value={label}
            onChange={setLabel}
            maxLength={MAX_SEAT_LABEL_CHARS}
          />
          <TextInput label="Row" inputMode="numeric" value={row} onChange={setRow} />
          <TextInput
            label="Seat in the row"
            inputMode="numeric"
            value={column}
            onChange={setColumn}
          />
          <div className="form-actions">
            <Button className="button primary" type="submit">
              Save seat
            </Button>
          </div>
        </form>
        <FormOutcome error={error} done={done} />
      </Card>
    </div>
  );
}
