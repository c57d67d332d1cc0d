import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  SECTION_NAMES,
  type CollectorNote,
  type Device,
  type DeviceDetail,
  type DeviceIdentity,
  type DeviceListFilter,
  type DeviceState,
  type Hardware,
  type Hotfix,
  type InventoryReport,
  type InventoryReportResult,
  type InventorySections,
  type OsInfo,
  type PendingUpdate,
  type PreviousRecord,
} from '@handraise/shared';
import { hashSecret, newSecret, secretMatches } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import { hashSection } from '../inventory-hash.ts';
import { groupCommitOf } from './group-commit.ts';
import { readSoftwareList, writeSoftwareList } from './software-lists.ts';
import { seatOf } from './seats-store.ts';
import { identifiersOf, readIdentifiers } from './device-identifiers.ts';
import type { EnrollmentGrant } from './enrollment-store.ts';
import { NOT_JUDGED, type VerdictCounts } from '../software/device-verdict-counts.ts';
import type { Database, DeviceRow } from './schema.ts';

const parseJson = <T>(text: string | null): T | null =>
  text === null ? null : (JSON.parse(text) as T);

/** A computer's counts of titles behind, as the verdict engine last judged them. */
export type VerdictCountLookup = (deviceId: string) => VerdictCounts;

function toDevice(row: DeviceRow, online: boolean, counts: VerdictCounts): Device {
  return {
    id: row.id,
    name: row.name,
    site: row.site,
    room: row.room,
    ...seatOf(row),
    enrolledAt: row.enrolled_at,
    lastSeenAt: row.last_seen_at,
    lastInventoryAt: row.last_inventory_at,
    online,
    os: parseJson<OsInfo>(row.os_json),
    softwareCount: row.software_count,
    updatesCount: row.updates_count,
    outdatedCount: counts.outdatedCount,
    securityCount: counts.securityCount,
    ...(row.revoked_at !== null ? { revoked: true as const } : {}),
    agentVersion: row.agent_version,
    protocolVersion: row.protocol_version,
    identifiers: readIdentifiers(row.identifiers_json),
  };
}

// SQLite caps bound parameters per statement (32,766); 7 columns × 500 rows stays well below.
const INSERT_BATCH_ROWS = 500;

/** Inserts rows a batch at a time. */
async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS)
    await insert(rows.slice(i, i + INSERT_BATCH_ROWS));
}

const updateRow = (deviceId: string) => (u: PendingUpdate) => ({
  device_id: deviceId,
  name: u.name,
  installed_version: u.installedVersion ?? null,
  available_version: u.availableVersion,
  source: u.source,
  security: u.security ? 1 : 0,
  package_id: u.id ?? null,
});

/** The earlier records a device carries the history of, latest link first. */
async function previousRecords(db: Kysely<Database>, deviceId: string): Promise<PreviousRecord[]> {
  const rows = await db
    .selectFrom('device_links')
    .leftJoin('users', 'users.id', 'device_links.linked_by')
    .select([
      'device_links.previous_name',
      'device_links.previous_enrolled_at',
      'device_links.linked_at',
      'users.display_name',
    ])
    .where('device_links.device_id', '=', deviceId)
    .orderBy('device_links.linked_at', 'desc')
    .execute();
  return rows.map((r) => ({
    name: r.previous_name,
    enrolledAt: r.previous_enrolled_at,
    linkedAt: r.linked_at,
    linkedBy: r.display_name,
  }));
}

export type DevicesStore = ReturnType<typeof createDevicesStore>;
export type InventoryOutcome = InventoryReportResult['status'] | 'hash-mismatch';

/**
 * Devices, their credentials and their latest inventory. `verdictCounts` gives each computer's counts from the verdict engine; stores used without one
 * (seeding, retention) list every computer as not judged yet.
 */
export function createDevicesStore(
  db: Kysely<Database>,
  clock: Clock,
  verdictCounts: VerdictCountLookup = () => NOT_JUDGED,
) {
  const findRow = (id: string) =>
    db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
  // A retired computer is gone for every reader but its agent's handshake (which says why).
  const findActiveRow = (id: string) =>
    db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
  const sharedWrites = groupCommitOf(db);

  return {
    /**
     * Registers a new device and returns its id and a fresh secret; only the secret's hash is
     * stored. Always a new record: what an agent says about its computer is no proof, so it never
     * hands over an existing device (see reinstalls.ts for how a re-install is linked).
     */
    async enroll(
      identity: DeviceIdentity,
      grant: EnrollmentGrant,
    ): Promise<{ deviceId: string; secret: string }> {
      const secret = newSecret();
      const deviceId = randomUUID();
      await db
        .insertInto('devices')
        .values({
          id: deviceId,
          name: identity.hostname,
          machine_key: null,
          secret_hash: hashSecret(secret),
          site: grant.site,
          room: grant.room,
          enrolled_at: clock.now().toISOString(),
          last_seen_at: null,
          last_inventory_at: null,
          os_json: null,
          hardware_json: null,
          notes_json: null,
          hash_os: null,
          hash_hardware: null,
          hash_software: null,
          hash_updates: null,
          hash_hotfixes: null,
          hotfixes_json: null,
          software_count: 0,
          updates_count: 0,
          agent_version: null,
          protocol_version: null,
          link_candidate_id: null,
          link_matched_by: null,
          link_conflicts: null,
        })
        .execute();
      return { deviceId, secret };
    },

    /** The device row if the secret is right, otherwise null. */
    async authenticate(deviceId: string, secret: string): Promise<DeviceRow | null> {
      const row = await findRow(deviceId);
      return row && secretMatches(secret, row.secret_hash) ? row : null;
    },

    /** Whether a computer with this id was deleted for privacy (its id is all that is kept). */
    async wasDeleted(deviceId: string): Promise<boolean> {
      const row = await db
        .selectFrom('deleted_devices')
        .select('id')
        .where('id', '=', deviceId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async markSeen(
      deviceId: string,
      agent?: { agentVersion: string; protocolVersion: number },
    ): Promise<void> {
      // Every connection and disconnection writes this: thousands at once after a restart.
      await sharedWrites.run((trx) =>
        trx
          .updateTable('devices')
          .set({
            last_seen_at: clock.now().toISOString(),
            ...(agent
              ? { agent_version: agent.agentVersion, protocol_version: agent.protocolVersion }
              : {}),
          })
          .where('id', '=', deviceId)
          .execute(),
      );
    },

    /**
     * Stores a report. Sections sent must match their hashes; sections not sent must match what is
     * stored, otherwise nothing is written and the agent is asked for everything.
     */
    async applyInventory(deviceId: string, report: InventoryReport): Promise<InventoryOutcome> {
      const sent = SECTION_NAMES.filter((name) => report.sections[name] !== undefined);
      for (const name of sent) {
        if (hashSection(report.sections[name]) !== report.hashes[name]) return 'hash-mismatch';
      }
      // Reports from many computers share commits (group-commit.ts): one disk sync each was
      // most of a district's ingest time.
      return sharedWrites.run(async (trx) => {
        const row = await trx
          .selectFrom('devices')
          .selectAll()
          .where('id', '=', deviceId)
          .executeTakeFirstOrThrow();
        const stored = {
          os: row.hash_os,
          hardware: row.hash_hardware,
          software: row.hash_software,
          updates: row.hash_updates,
          hotfixes: row.hash_hotfixes,
          state: row.hash_state,
        };
        // A section without a hash (the state, from an earlier agent) is never out of step.
        const outOfStep = SECTION_NAMES.some(
          (name) =>
            report.sections[name] === undefined &&
            report.hashes[name] !== undefined &&
            stored[name] !== report.hashes[name],
        );
        if (outOfStep) return 'need-full';

        const now = clock.now().toISOString();
        const sections = report.sections as Partial<InventorySections>;
        const changed = sent.filter((name) => stored[name] !== report.hashes[name]);
        // A changed section replaces the device's rows for it, in the same transaction.
        if (sections.software && changed.includes('software'))
          await writeSoftwareList(trx, deviceId, sections.software);
        if (sections.updates && changed.includes('updates')) {
          await trx.deleteFrom('pending_updates').where('device_id', '=', deviceId).execute();
          await inBatches(sections.updates.map(updateRow(deviceId)), (batch) =>
            trx.insertInto('pending_updates').values(batch).execute(),
          );
        }
        // No state hash: the agent has no state now, so none is kept (a stale one would mislead).
        const stateJson =
          report.hashes.state === undefined
            ? null
            : sections.state
              ? JSON.stringify(sections.state)
              : row.state_json;
        const stateChanged = stateJson !== row.state_json;
        await trx
          .updateTable('devices')
          .set({
            last_seen_at: now,
            last_inventory_at: report.collectedAt,
            // A check-in without notes has the ones kept from before (see inventoryReportSchema).
            ...(report.notes ? { notes_json: JSON.stringify(report.notes) } : {}),
            hash_os: report.hashes.os,
            hash_hardware: report.hashes.hardware,
            hash_software: report.hashes.software,
            hash_updates: report.hashes.updates,
            hash_hotfixes: report.hashes.hotfixes,
            hash_state: report.hashes.state ?? null,
            state_json: stateJson,
            ...(sections.os
              ? { os_json: JSON.stringify(sections.os), name: sections.os.hostname || row.name }
              : {}),
            ...(sections.hardware ? { hardware_json: JSON.stringify(sections.hardware) } : {}),
            // The list's search identifiers: the hardware's, and the state's addresses.
            ...(sections.hardware || stateChanged
              ? {
                  identifiers_json: JSON.stringify(
                    identifiersOf(
                      sections.hardware ?? parseJson<Hardware>(row.hardware_json),
                      parseJson<DeviceState>(stateJson),
                    ),
                  ),
                }
              : {}),
            ...(sections.software ? { software_count: sections.software.length } : {}),
            ...(sections.updates ? { updates_count: sections.updates.length } : {}),
            ...(sections.hotfixes ? { hotfixes_json: JSON.stringify(sections.hotfixes) } : {}),
          })
          .where('id', '=', deviceId)
          .execute();
        return changed.length > 0 || stateChanged ? 'stored' : 'unchanged';
      });
    },

    async find(deviceId: string, isOnline: (id: string) => boolean): Promise<Device | null> {
      const row = await findActiveRow(deviceId);
      return row ? toDevice(row, isOnline(row.id), verdictCounts(row.id)) : null;
    },

    async list(filter: DeviceListFilter, isOnline: (id: string) => boolean): Promise<Device[]> {
      let query = db
        .selectFrom('devices')
        .selectAll()
        .where('retired_at', 'is', null)
        .orderBy('name')
        .orderBy('id');
      if (filter.search) {
        const pattern = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        // LIKE with an explicit escape character is portable across SQLite and PostgreSQL.
        query = query.where(
          sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(coalesce(room, '')) like ${pattern} escape '\\')`,
        );
      }
      const rows = await query.execute();
      return rows.map((row) => toDevice(row, isOnline(row.id), verdictCounts(row.id)));
    },

    /**
     * Up to `limit` computers after `afterId` in id order, for reading the whole fleet a page at
     * a time (the hub's device feed builds its list so, letting other work in between pages).
     */
    async listPage(
      afterId: string | null,
      limit: number,
      isOnline: (id: string) => boolean,
    ): Promise<Device[]> {
      let query = db.selectFrom('devices').selectAll().where('retired_at', 'is', null);
      if (afterId !== null) query = query.where('id', '>', afterId);
      const rows = await query.orderBy('id').limit(limit).execute();
      return rows.map((row) => toDevice(row, isOnline(row.id), verdictCounts(row.id)));
    },

    async detail(
      deviceId: string,
      isOnline: (id: string) => boolean,
    ): Promise<DeviceDetail | null> {
      const row = await findActiveRow(deviceId);
      if (!row) return null;
      const [software, updates, previous] = await Promise.all([
        readSoftwareList(db, deviceId),
        db
          .selectFrom('pending_updates')
          .selectAll()
          .where('device_id', '=', deviceId)
          .orderBy('name')
          .execute(),
        previousRecords(db, deviceId),
      ]);
      return {
        ...toDevice(row, isOnline(row.id), verdictCounts(row.id)),
        hardware: parseJson<Hardware>(row.hardware_json),
        state: parseJson<DeviceState>(row.state_json),
        notes: parseJson<CollectorNote[]>(row.notes_json) ?? [],
        hotfixes: parseJson<Hotfix[]>(row.hotfixes_json) ?? [],
        previousRecords: previous,
        software,
        updates: updates.map((u) => ({
          name: u.name,
          availableVersion: u.available_version,
          source: u.source as PendingUpdate['source'],
          ...(u.installed_version !== null ? { installedVersion: u.installed_version } : {}),
          ...(u.security ? { security: true } : {}),
          ...(u.package_id !== null ? { id: u.package_id } : {}),
        })),
      };
    },
  };
}
