// Help requests whole, for an export (text, conversation, staff notes, snapshot, picture) and
// for a deletion (everything that hangs on a request).
import type { Kysely } from 'kysely';
import type {
  AccessLogRecord,
  DeviceSnapshot,
  RequestEvent,
  RequestRecord,
  ScreenshotType,
} from '@handraise/shared';
import type { Database } from '../storage/schema.ts';

// SQLite caps bound parameters per statement (32,766); ids go in well below that.
const ID_BATCH = 500;

/** The ids in slices small enough for one `in (…)`. */
export function idBatches(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) out.push(ids.slice(i, i + ID_BATCH));
  return out;
}

/** The requests with these ids, oldest first, each with its timeline and picture. */
export async function readRequestRecords(
  db: Kysely<Database>,
  requestIds: readonly string[],
): Promise<RequestRecord[]> {
  const records: RequestRecord[] = [];
  for (const batch of idBatches(requestIds)) {
    const rows = await db.selectFrom('requests').selectAll().where('id', 'in', batch).execute();
    const events = await db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', 'in', batch)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const pictures = await db
      .selectFrom('screenshots')
      .selectAll()
      .where('request_id', 'in', batch)
      .execute();
    const pictureOf = new Map(pictures.map((p) => [p.request_id, p.data]));
    for (const row of rows) {
      const picture = pictureOf.get(row.id);
      records.push({
        id: row.id,
        number: row.number,
        deviceId: row.device_id,
        category: row.category,
        text: row.text,
        requester: row.requester,
        localAccount: row.local_account,
        state: row.state,
        urgent: row.urgent === 1,
        seat: row.seat,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        assigneeId: row.assignee_id,
        incidentId: row.incident_id,
        snapshot: row.snapshot_json ? (JSON.parse(row.snapshot_json) as DeviceSnapshot) : null,
        screenshot:
          picture && row.screenshot_type !== null
            ? {
                type: row.screenshot_type as ScreenshotType,
                base64: Buffer.from(picture).toString('base64'),
              }
            : null,
        mediaRemovedAt: row.media_removed_at,
        events: events
          .filter((e) => e.request_id === row.id)
          .map((e): RequestEvent => ({
            id: e.id,
            requestId: e.request_id,
            at: e.at,
            kind: e.kind as RequestEvent['kind'],
            actor: { type: e.actor_type, id: e.actor_id, name: e.actor_name },
            body: e.body,
          })),
      });
    }
  }
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);
}

type AccessLogRow = Database['device_access_log'];

/** A log line as an export carries it. */
export function toAccessLogRecord(row: AccessLogRow): AccessLogRecord {
  return {
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    userKind: row.user_kind,
    what: row.what,
    requestId: row.request_id,
  };
}

/**
 * Deletes what hangs on these requests (pictures, timelines, resolutions, the looks logged for
 * them), not the requests themselves; returns how many pictures and log lines went.
 */
export async function deleteRequestParts(
  trx: Kysely<Database>,
  batch: readonly string[],
): Promise<{ screenshots: number; accessLogLines: number }> {
  const pictures = await trx
    .deleteFrom('screenshots')
    .where('request_id', 'in', batch)
    .executeTakeFirst();
  await trx.deleteFrom('request_events').where('request_id', 'in', batch).execute();
  await trx.deleteFrom('request_resolutions').where('request_id', 'in', batch).execute();
  // Looks may be logged against another record for one of these requests (a re-install link).
  const looks = await trx
    .deleteFrom('device_access_log')
    .where('request_id', 'in', batch)
    .executeTakeFirst();
  return {
    screenshots: Number(pictures.numDeletedRows),
    accessLogLines: Number(looks.numDeletedRows),
  };
}
