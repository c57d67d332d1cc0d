import { sql, type Kysely } from 'kysely';
import type { FleetHardwareHealth, Hardware, PendingUpdateTitle } from '@handraise/shared';
import type { Where } from '../rooms.ts';
import { createHealthTally } from './hardware-health.ts';
import type { Database } from './schema.ts';

/** Computers read at a time for the hardware summary; other work runs between pages. */
const HEALTH_PAGE_ROWS = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type FleetSummary = ReturnType<typeof createFleetSummary>;

/**
 * Fleet-wide aggregates: pending updates by title (the console's Today page), the hardware's
 * health (its fleet view).
 */
export function createFleetSummary(db: Kysely<Database>) {
  return {
    /** Titles with pending updates and how many devices wait for each, most devices first. */
    async pendingUpdateTitles(limit: number): Promise<PendingUpdateTitle[]> {
      const rows = await db
        .selectFrom('pending_updates')
        .select([
          'name',
          sql<number>`count(distinct device_id)`.as('devices'),
          sql<number>`count(distinct case when security = 1 then device_id end)`.as('security'),
        ])
        .groupBy('name')
        .orderBy(sql`count(distinct device_id)`, 'desc')
        .orderBy('name')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        name: r.name,
        deviceCount: Number(r.devices),
        securityDeviceCount: Number(r.security),
      }));
    },

    /**
     * Worn batteries and full disks of the computers `covers` accepts, retired ones left out, from
     * each one's latest hardware report.
     */
    async hardwareHealth(covers: (where: Where) => boolean): Promise<FleetHardwareHealth> {
      const tally = createHealthTally();
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('devices')
          .select(['id', 'name', 'site', 'room', 'hardware_json'])
          .where('retired_at', 'is', null)
          .where('hardware_json', 'is not', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(HEALTH_PAGE_ROWS)
          .execute();
        for (const row of rows) {
          if (row.hardware_json === null || !covers(row)) continue;
          const hardware = JSON.parse(row.hardware_json) as Hardware;
          tally.add({ id: row.id, name: row.name, room: row.room, hardware });
        }
        if (rows.length < HEALTH_PAGE_ROWS) return tally.summary();
        after = rows[rows.length - 1]!.id;
        await nextTurn();
      }
    },
  };
}
