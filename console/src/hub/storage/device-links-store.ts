import type { Kysely, Transaction } from 'kysely';
import type { ReinstallSuggestion } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import { HARDWARE_KINDS, type IdentityKey, type IdentityKind } from './device-identity.ts';
import type { Database } from './schema.ts';
import { seatCarriedOver } from './seats-store.ts';

/** A known computer a new enrollment may be, and how sure that is. */
export type IdentityMatch = {
  candidateId: string;
  site: string | null;
  room: string | null;
  matchedBy: IdentityKind[];
  /** Hardware ids both report that differ. */
  conflicts: IdentityKind[];
};

export type LinkOutcome = {
  deviceId: string;
  previousId: string;
  previousName: string;
  /** Requests now under the new device. */
  movedRequestIds: string[];
};

export type DeviceLinksStore = ReturnType<typeof createDeviceLinksStore>;

/** Identity keys, re-install suggestions, and carrying a retired device's history over. */
export function createDeviceLinksStore(db: Kysely<Database>, clock: Clock) {
  /** Moves everything of `previousId` that should outlive it to `deviceId`, then deletes it. */
  async function carryOver(
    trx: Transaction<Database>,
    deviceId: string,
    previousId: string,
    linkedBy: string,
  ): Promise<LinkOutcome | null> {
    const [device, previous] = await Promise.all([
      trx.selectFrom('devices').selectAll().where('id', '=', deviceId).executeTakeFirst(),
      trx.selectFrom('devices').selectAll().where('id', '=', previousId).executeTakeFirst(),
    ]);
    if (!device || !previous || device.link_candidate_id !== previousId) return null;
    const moved = await trx
      .selectFrom('requests')
      .select('id')
      .where('device_id', '=', previousId)
      .execute();
    await trx
      .updateTable('requests')
      .set({ device_id: deviceId, carried_from_device_id: previousId })
      .where('device_id', '=', previousId)
      .execute();
    await trx
      .updateTable('update_task_lines')
      .set({ device_id: deviceId, device_name: device.name })
      .where('device_id', '=', previousId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('update_task_lines as mine')
              .select('mine.task_id')
              .where('mine.device_id', '=', deviceId)
              .whereRef('mine.task_id', '=', 'update_task_lines.task_id'),
          ),
        ),
      )
      .execute();
    // The old record's own earlier links follow it, so a twice re-imaged computer keeps its story.
    await trx
      .updateTable('device_links')
      .set({ device_id: deviceId })
      .where('device_id', '=', previousId)
      .execute();
    await trx
      .insertInto('device_links')
      .values({
        device_id: deviceId,
        previous_device_id: previousId,
        previous_name: previous.name,
        previous_enrolled_at: previous.enrolled_at,
        linked_at: clock.now().toISOString(),
        linked_by: linkedBy,
      })
      .execute();
    await trx
      .updateTable('devices')
      .set({
        link_candidate_id: null,
        link_matched_by: null,
        link_conflicts: null,
        // A token without a room leaves the computer where it was.
        site: device.site ?? previous.site,
        room: device.room ?? previous.room,
        ...seatCarriedOver(device, previous),
      })
      .where('id', '=', deviceId)
      .execute();
    // Anything else that pointed at the retired record now points at nothing it could confuse.
    await trx
      .updateTable('devices')
      .set({ link_candidate_id: null, link_matched_by: null, link_conflicts: null })
      .where('link_candidate_id', '=', previousId)
      .execute();
    await trx.deleteFrom('devices').where('id', '=', previousId).execute();
    return {
      deviceId,
      previousId,
      previousName: previous.name,
      movedRequestIds: moved.map((r) => r.id),
    };
  }

  return {
    /** Stores a new device's identity keys and, if they match a known device, suggests the link. */
    async remember(deviceId: string, keys: readonly IdentityKey[]): Promise<IdentityMatch | null> {
      if (keys.length > 0) {
        await db
          .insertInto('device_identity_keys')
          .values(keys.map((k) => ({ device_id: deviceId, kind: k.kind, key_hash: k.hash })))
          .execute();
      }
      const hashes = keys.map((k) => k.hash);
      if (hashes.length === 0) return null;
      const matches = await db
        .selectFrom('device_identity_keys')
        .innerJoin('devices', 'devices.id', 'device_identity_keys.device_id')
        .select([
          'devices.id',
          'devices.last_seen_at',
          'devices.enrolled_at',
          'device_identity_keys.key_hash',
        ])
        .where('device_identity_keys.key_hash', 'in', hashes)
        .where('devices.id', '!=', deviceId)
        // A newcomer still waiting for review is not a computer's history: pointing at it would
        // offer to retire one new enrollment into another. Two newcomers claiming the same
        // computer both point at it, and the Review shows the two claims.
        .where('devices.link_candidate_id', 'is', null)
        .execute();
      if (matches.length === 0) return null;
      // The best candidate shares the most keys; among equals, the one heard from last.
      const byDevice = new Map<string, { kinds: IdentityKind[]; seen: string }>();
      for (const m of matches) {
        const entry = byDevice.get(m.id) ?? { kinds: [], seen: m.last_seen_at ?? m.enrolled_at };
        byDevice.set(m.id, entry);
        entry.kinds.push(...keys.filter((k) => k.hash === m.key_hash).map((k) => k.kind));
      }
      // Named in the order identityKeys gives them, strongest first.
      const order = keys.map((k) => k.kind);
      for (const entry of byDevice.values())
        entry.kinds = order.filter((kind) => entry.kinds.includes(kind));
      const [best] = [...byDevice.entries()].sort(
        ([, a], [, b]) => b.kinds.length - a.kinds.length || b.seen.localeCompare(a.seen),
      );
      if (!best) return null;
      const [candidateId, { kinds }] = best;
      const candidate = await db
        .selectFrom('devices')
        .select(['site', 'room'])
        .where('id', '=', candidateId)
        .executeTakeFirstOrThrow();
      // A hardware id both report, but differently: the same system image on another computer.
      const theirs = await db
        .selectFrom('device_identity_keys')
        .select(['kind', 'key_hash'])
        .where('device_id', '=', candidateId)
        .execute();
      const conflicts = keys
        .filter((k) => HARDWARE_KINDS.has(k.kind))
        .filter((k) => theirs.some((t) => t.kind === k.kind && t.key_hash !== k.hash))
        .map((k) => k.kind);
      await db
        .updateTable('devices')
        .set({
          link_candidate_id: candidateId,
          link_matched_by: JSON.stringify(kinds),
          link_conflicts: JSON.stringify(conflicts),
        })
        .where('id', '=', deviceId)
        .execute();
      return {
        candidateId,
        site: candidate.site,
        room: candidate.room,
        matchedBy: kinds,
        conflicts,
      };
    },

    /** Links each new device to its suggested previous record; unknown or stale ids are skipped. */
    async confirm(deviceIds: readonly string[], linkedBy: string): Promise<LinkOutcome[]> {
      return db.transaction().execute(async (trx) => {
        const outcomes: LinkOutcome[] = [];
        for (const deviceId of deviceIds) {
          const row = await trx
            .selectFrom('devices')
            .select('link_candidate_id')
            .where('id', '=', deviceId)
            .executeTakeFirst();
          if (!row?.link_candidate_id) continue;
          const outcome = await carryOver(trx, deviceId, row.link_candidate_id, linkedBy);
          if (outcome) outcomes.push(outcome);
        }
        return outcomes;
      });
    },

    /** Keeps these devices apart from the records they were thought to replace. */
    async dismiss(deviceIds: readonly string[]): Promise<number> {
      if (deviceIds.length === 0) return 0;
      const result = await db
        .updateTable('devices')
        .set({ link_candidate_id: null, link_matched_by: null, link_conflicts: null })
        .where('id', 'in', [...deviceIds])
        .where('link_candidate_id', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Every open suggestion, the old record's side filled in for the coordinator to judge. */
    async suggestions(isOnline: (id: string) => boolean): Promise<ReinstallSuggestion[]> {
      const rows = await db
        .selectFrom('devices as d')
        .innerJoin('devices as p', 'p.id', 'd.link_candidate_id')
        .select([
          'd.id',
          'd.name',
          'd.site',
          'd.room',
          'd.enrolled_at',
          'd.link_matched_by',
          'd.link_conflicts',
          'p.id as p_id',
          'p.name as p_name',
          'p.site as p_site',
          'p.room as p_room',
          'p.enrolled_at as p_enrolled_at',
          'p.last_seen_at as p_last_seen_at',
          (eb) =>
            eb
              .selectFrom('requests')
              .select((r) => r.fn.countAll<number>().as('n'))
              .whereRef('requests.device_id', '=', 'p.id')
              .as('p_requests'),
        ])
        .orderBy('d.enrolled_at', 'desc')
        .orderBy('d.id')
        .execute();
      return rows.map((r) => ({
        deviceId: r.id,
        name: r.name,
        site: r.site,
        room: r.room,
        enrolledAt: r.enrolled_at,
        matchedBy: JSON.parse(r.link_matched_by ?? '[]') as IdentityKind[],
        conflicts: JSON.parse(r.link_conflicts ?? '[]') as IdentityKind[],
        previous: {
          id: r.p_id,
          name: r.p_name,
          site: r.p_site,
          room: r.p_room,
          enrolledAt: r.p_enrolled_at,
          lastSeenAt: r.p_last_seen_at,
          online: isOnline(r.p_id),
          requests: Number(r.p_requests ?? 0),
        },
      }));
    },
  };
}
