// Everything the hub keeps about one computer: handed over as JSON, or deleted for good in one
// transaction (its agent's secret goes with its record, so the agent is refused from then on).
import type { Kysely } from 'kysely';
import type { DeviceDataExport, PrivacyDeletion } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from '../storage/schema.ts';
import { deleteSoftwareLists, readSoftwareList } from '../storage/software-lists.ts';
import { eraseDeletedTraces } from './erase-traces.ts';
import {
  deleteRequestParts,
  idBatches,
  readRequestRecords,
  toAccessLogRecord,
} from './request-records.ts';

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The computer's data as JSON, or null when no record has that id (retired ones included). */
export async function exportDeviceData(
  db: Kysely<Database>,
  clock: Clock,
  deviceId: string,
): Promise<DeviceDataExport | null> {
  // One read transaction: an inventory arriving meanwhile cannot make the parts disagree.
  return db.transaction().execute(async (trx) => {
    const device = await trx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', deviceId)
      .executeTakeFirst();
    if (!device) return null;
    const software = await readSoftwareList(trx, deviceId);
    const updates = await trx
      .selectFrom('pending_updates')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('name')
      .execute();
    const cost = await trx
      .selectFrom('agent_costs')
      .selectAll()
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    const identity = await trx
      .selectFrom('device_identity_keys')
      .select('kind')
      .where('device_id', '=', deviceId)
      .orderBy('kind')
      .execute();
    const links = await trx
      .selectFrom('device_links')
      .selectAll()
      .where((eb) =>
        eb.or([eb('device_id', '=', deviceId), eb('previous_device_id', '=', deviceId)]),
      )
      .execute();
    const taskLines = await trx
      .selectFrom('update_task_lines')
      .selectAll()
      .where('device_id', '=', deviceId)
      .execute();
    const requestIds = await trx
      .selectFrom('requests')
      .select('id')
      .where('device_id', '=', deviceId)
      .execute();
    const log = await trx
      .selectFrom('device_access_log')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('at')
      .execute();
    return {
      exportedAt: clock.now().toISOString(),
      device: {
        id: device.id,
        name: device.name,
        site: device.site,
        room: device.room,
        seat: device.seat_label,
        enrolledAt: device.enrolled_at,
        lastSeenAt: device.last_seen_at,
        lastInventoryAt: device.last_inventory_at,
        retiredAt: device.retired_at,
        agentVersion: device.agent_version,
      },
      inventory: {
        os: parsed(device.os_json),
        hardware: parsed(device.hardware_json),
        state: parsed(device.state_json),
        hotfixes: parsed(device.hotfixes_json),
        collectorNotes: parsed(device.notes_json),
        identifiers: parsed(device.identifiers_json),
        software,
        pendingUpdates: updates.map((u) => ({
          name: u.name,
          installedVersion: u.installed_version,
          availableVersion: u.available_version,
          source: u.source,
          security: u.security === 1,
        })),
      },
      agentCost: cost ? { reportedAt: cost.reported_at, cost: parsed(cost.cost_json) } : null,
      identityKinds: identity.map((row) => row.kind),
      links: links.map((l) => ({
        deviceId: l.device_id,
        previousDeviceId: l.previous_device_id,
        previousName: l.previous_name,
        linkedAt: l.linked_at,
      })),
      updateTaskLines: taskLines.map((l) => ({
        taskId: l.task_id,
        startVersion: l.start_version,
        doneAt: l.done_at,
      })),
      requests: await readRequestRecords(
        trx,
        requestIds.map((r) => r.id),
      ),
      accessLog: log.map(toAccessLogRecord),
    };
  });
}

/**
 * Deletes the computer's record and everything about it in one transaction: inventory, requests
 * with their pictures, snapshots and timelines, the access log, its lines in update tasks, what
 * re-install matching knew of it, and other records' memory of it as their predecessor. Each table
 * is emptied here by name rather than left to foreign-key cascades, so tables without one (the
 * access log, task lines) cannot be missed. The id alone is kept in deleted_devices. Null when
 * no record has that id.
 */
export async function deleteDeviceData(
  db: Kysely<Database>,
  clock: Clock,
  deviceId: string,
): Promise<PrivacyDeletion | null> {
  const deleted = await db.transaction().execute(async (trx) => {
    const device = await trx
      .selectFrom('devices')
      .select('id')
      .where('id', '=', deviceId)
      .executeTakeFirst();
    if (!device) return null;
    const requestIds = (
      await trx.selectFrom('requests').select('id').where('device_id', '=', deviceId).execute()
    ).map((r) => r.id);
    let screenshots = 0;
    let accessLogLines = 0;
    for (const batch of idBatches(requestIds)) {
      const parts = await deleteRequestParts(trx, batch);
      screenshots += parts.screenshots;
      accessLogLines += parts.accessLogLines;
    }
    const looks = await trx
      .deleteFrom('device_access_log')
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    accessLogLines += Number(looks.numDeletedRows);
    const requests = await trx
      .deleteFrom('requests')
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    await deleteSoftwareLists(trx, [deviceId]);
    await trx.deleteFrom('pending_updates').where('device_id', '=', deviceId).execute();
    await trx.deleteFrom('agent_costs').where('device_id', '=', deviceId).execute();
    await trx.deleteFrom('device_identity_keys').where('device_id', '=', deviceId).execute();
    await trx
      .deleteFrom('device_links')
      .where((eb) =>
        eb.or([eb('device_id', '=', deviceId), eb('previous_device_id', '=', deviceId)]),
      )
      .execute();
    await trx.deleteFrom('update_task_lines').where('device_id', '=', deviceId).execute();
    // A newer enrollment suggested as this computer's re-install no longer has it to link to.
    await trx
      .updateTable('devices')
      .set({ link_candidate_id: null, link_matched_by: null, link_conflicts: null })
      .where('link_candidate_id', '=', deviceId)
      .execute();
    // The record holds the agent's secret hash: without it the agent is refused from now on.
    await trx.deleteFrom('devices').where('id', '=', deviceId).execute();
    // Only the id stays, so that an agent that was away at the deletion is refused like a
    // retired computer's rather than let its enrollment token make it a new computer.
    await trx
      .insertInto('deleted_devices')
      .values({ id: deviceId, deleted_at: clock.now().toISOString() })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
    return {
      devices: 1,
      requests: Number(requests.numDeletedRows),
      screenshots,
      accessLogLines,
    };
  });
  await eraseDeletedTraces(db);
  return deleted;
}
