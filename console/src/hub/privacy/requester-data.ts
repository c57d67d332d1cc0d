// Everything the hub keeps about one requester. A requester has no account: they are the name
// typed at the tray, on every computer or on the one named. What is theirs is their requests
// (text, conversation, pictures, snapshots) and the log of looks taken for those requests; the
// computers they asked from stay, being the school's and not theirs.
import type { Kysely } from 'kysely';
import type { PrivacyDeletion, RequesterDataExport, RequesterQuery } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from '../storage/schema.ts';
import { eraseDeletedTraces } from './erase-traces.ts';
import {
  deleteRequestParts,
  idBatches,
  readRequestRecords,
  toAccessLogRecord,
} from './request-records.ts';

/**
 * A typed name as compared: case, surrounding and repeated spaces and Unicode composition do not
 * tell two requesters apart ("Sam Lee", " sam  lee").
 */
export function requesterKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

/** The ids of the requester's requests. Compared in JS: SQLite's lower() folds ASCII only. */
async function requestIdsOf(db: Kysely<Database>, who: RequesterQuery): Promise<string[]> {
  let query = db
    .selectFrom('requests')
    .select(['id', 'requester'])
    .where('requester', 'is not', null);
  if (who.deviceId) query = query.where('device_id', '=', who.deviceId);
  const key = requesterKey(who.name);
  return (await query.execute())
    .filter((row) => row.requester !== null && requesterKey(row.requester) === key)
    .map((row) => row.id);
}

/** The requester's data as JSON; empty lists when nobody of that name ever asked. */
export async function exportRequesterData(
  db: Kysely<Database>,
  clock: Clock,
  who: RequesterQuery,
): Promise<RequesterDataExport> {
  return db.transaction().execute(async (trx) => {
    const ids = await requestIdsOf(trx, who);
    const requests = await readRequestRecords(trx, ids);
    const deviceIds = [...new Set(requests.map((r) => r.deviceId))];
    const devices =
      deviceIds.length === 0
        ? []
        : await trx
            .selectFrom('devices')
            .select(['id', 'name'])
            .where('id', 'in', deviceIds)
            .orderBy('name')
            .execute();
    const log = [];
    for (const batch of idBatches(ids))
      log.push(
        ...(await trx
          .selectFrom('device_access_log')
          .selectAll()
          .where('request_id', 'in', batch)
          .execute()),
      );
    log.sort((a, b) => a.at.localeCompare(b.at));
    return {
      exportedAt: clock.now().toISOString(),
      requester: who,
      devices,
      requests,
      accessLog: log.map(toAccessLogRecord),
    };
  });
}

/**
 * Deletes the requester's requests with their pictures, snapshots, timelines and undo records,
 * and the looks logged for them, in one transaction. Counts zero when nobody of that name asked.
 */
export async function deleteRequesterData(
  db: Kysely<Database>,
  who: RequesterQuery,
): Promise<PrivacyDeletion> {
  const deleted = await db.transaction().execute(async (trx) => {
    const requestIds = await requestIdsOf(trx, who);
    let screenshots = 0;
    let accessLogLines = 0;
    let requests = 0;
    for (const batch of idBatches(requestIds)) {
      const parts = await deleteRequestParts(trx, batch);
      screenshots += parts.screenshots;
      accessLogLines += parts.accessLogLines;
      const gone = await trx.deleteFrom('requests').where('id', 'in', batch).executeTakeFirst();
      requests += Number(gone.numDeletedRows);
    }
    return { devices: 0, requests, screenshots, accessLogLines };
  });
  await eraseDeletedTraces(db);
  return deleted;
}
