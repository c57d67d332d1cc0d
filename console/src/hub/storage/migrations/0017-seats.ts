import type { Kysely, Migration } from 'kysely';

/**
 * Seats: where a computer sits in its room ("B3", and optionally its row and column on the floor
 * grid), and on each request the seat its computer had when asked. No uniqueness index: two
 * computers of one room on one grid place are refused by the seats store, and a computer that
 * moves room keeps its place without failing the move.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('seat_label', 'text').execute();
    await db.schema.alterTable('devices').addColumn('seat_row', 'integer').execute();
    await db.schema.alterTable('devices').addColumn('seat_column', 'integer').execute();
    await db.schema.alterTable('requests').addColumn('seat', 'text').execute();
  },
};
