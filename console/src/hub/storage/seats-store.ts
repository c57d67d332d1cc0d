import type { Kysely } from 'kysely';
import type { Device, Seat, SeatUpdate } from '@handraise/shared';
import type { Database, DeviceRow } from './schema.ts';

/** A device row's seat as lists show it. */
export const seatOf = (
  row: Pick<DeviceRow, 'seat_label' | 'seat_row' | 'seat_column'>,
): Pick<Device, 'seat' | 'seatPlace'> => ({
  seat: row.seat_label,
  seatPlace:
    row.seat_row !== null && row.seat_column !== null
      ? { row: row.seat_row, column: row.seat_column }
      : null,
});

type SeatColumns = Pick<DeviceRow, 'room' | 'seat_label' | 'seat_row' | 'seat_column'>;

/**
 * A re-installed computer linked to its old record sits where the old one sat: the seat carries
 * over when the new record has none of its own and stays in the old record's room (whose place
 * the old record, deleted in the same step, frees).
 */
export function seatCarriedOver(
  device: SeatColumns,
  previous: SeatColumns,
): Partial<Pick<DeviceRow, 'seat_label' | 'seat_row' | 'seat_column'>> {
  const named = device.seat_label !== null || device.seat_row !== null;
  if (named || (device.room ?? previous.room) !== previous.room) return {};
  return {
    seat_label: previous.seat_label,
    seat_row: previous.seat_row,
    seat_column: previous.seat_column,
  };
}

/** `conflict`: another computer of the same room already stands on that grid place. */
export type SeatOutcome = 'saved' | 'not-found' | 'conflict';

export type SeatsStore = ReturnType<typeof createSeatsStore>;

/** Where each computer sits in its room: its seat label and floor-grid place. */
export function createSeatsStore(db: Kysely<Database>) {
  return {
    /**
     * Replaces a computer's seat. The grid place is checked against the other computers of its
     * room (computers in no room count as one room) and written in the same transaction
     * (transactions run one at a time), so two computers never end up on one place.
     */
    async set(deviceId: string, seat: SeatUpdate): Promise<SeatOutcome> {
      return db.transaction().execute(async (trx) => {
        const device = await trx
          .selectFrom('devices')
          .select(['id', 'room'])
          .where('id', '=', deviceId)
          .executeTakeFirst();
        if (!device) return 'not-found';
        if (seat.place) {
          const taken = await trx
            .selectFrom('devices')
            .select('id')
            .where('id', '!=', deviceId)
            .where('room', 'is not distinct from', device.room)
            // A retired computer no longer stands anywhere (older records may still name a place).
            .where('retired_at', 'is', null)
            .where('seat_row', '=', seat.place.row)
            .where('seat_column', '=', seat.place.column)
            .executeTakeFirst();
          if (taken) return 'conflict';
        }
        await trx
          .updateTable('devices')
          .set({
            seat_label: seat.label,
            seat_row: seat.place?.row ?? null,
            seat_column: seat.place?.column ?? null,
          })
          .where('id', '=', deviceId)
          .execute();
        return 'saved';
      });
    },

    /**
     * The seat an agent names at enrollment. Enrollment never fails over a seat: a grid place
     * another computer of the room holds is left for the coordinator to sort out, the label kept.
     */
    async setAtEnrollment(deviceId: string, seat: Seat): Promise<SeatOutcome> {
      const outcome = await this.set(deviceId, seat);
      return outcome === 'conflict' ? this.set(deviceId, { ...seat, place: null }) : outcome;
    },
  };
}
