import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  DeviceSnapshot,
  HelpCreate,
  HelpRequest,
  HelpRequestDetail,
  RequestEvent,
  RequestListFilter,
  ScreenshotType,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database, RequestRow } from './schema.ts';

type RequestWithDevice = RequestRow & {
  device_name: string;
  device_site: string | null;
  device_room: string | null;
};

function toRequest(row: RequestWithDevice): HelpRequest {
  return {
    id: row.id,
    number: row.number,
    deviceId: row.device_id,
    deviceName: row.device_name,
    site: row.device_site,
    room: row.device_room,
    seat: row.seat,
    category: row.category as HelpRequest['category'],
    text: row.text,
    requester: row.requester,
    urgent: row.urgent === 1,
    state: row.state as HelpRequest['state'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // A picture retention deleted is no longer there to open (the detail says it went).
    screenshot:
      row.screenshot_type !== null && row.screenshot_bytes !== null && !row.media_removed_at
        ? { type: row.screenshot_type as ScreenshotType, bytes: row.screenshot_bytes }
        : null,
    assigneeId: row.assignee_id,
    incidentId: row.incident_id,
  };
}

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

export type RequestsStore = ReturnType<typeof createRequestsStore>;
export type CreateOutcome = { request: HelpRequest; duplicate: boolean };

/** Help requests, their screenshots and timelines. */
export function createRequestsStore(db: Kysely<Database>, clock: Clock) {
  const selectRequests = () =>
    db
      .selectFrom('requests')
      .innerJoin('devices', 'devices.id', 'requests.device_id')
      .selectAll('requests')
      .select([
        'devices.name as device_name',
        'devices.site as device_site',
        'devices.room as device_room',
      ]);

  const findByKey = async (deviceId: string, key: string) => {
    const row = await selectRequests()
      .where('requests.device_id', '=', deviceId)
      .where('requests.idempotency_key', '=', key)
      .executeTakeFirst();
    return row ? toRequest(row) : null;
  };

  return {
    findByKey,

    /**
     * Stores a request with its screenshot and first timeline entry in one transaction. A request
     * whose idempotency key this device already used is returned as it was, not stored again.
     */
    async create(
      device: {
        id: string;
        name: string;
        site: string | null;
        room: string | null;
        seat?: string | null;
      },
      input: HelpCreate,
      screenshot: { type: ScreenshotType; data: Uint8Array } | null,
    ): Promise<CreateOutcome> {
      const existing = await findByKey(device.id, input.idempotencyKey);
      if (existing) return { request: existing, duplicate: true };
      const id = randomUUID();
      const now = clock.now().toISOString();
      const row: RequestRow = {
        id,
        device_id: device.id,
        idempotency_key: input.idempotencyKey,
        category: input.category,
        text: input.text,
        requester: input.requester ?? null,
        state: 'new',
        created_at: now,
        updated_at: now,
        assignee_id: null,
        snapshot_json: input.snapshot ? JSON.stringify(input.snapshot) : null,
        screenshot_type: screenshot?.type ?? null,
        screenshot_bytes: screenshot?.data.byteLength ?? null,
        carried_from_device_id: null,
        urgent: input.urgent ? 1 : 0,
        number: 0,
        incident_id: null,
        seat: device.seat ?? null,
        media_removed_at: null,
        local_account: input.localAccount ?? null,
      };
      try {
        await db.transaction().execute(async (trx) => {
          // The next number, in the same transaction as the insert (transactions run one at a
          // time), so two requests never share one.
          const last = await trx
            .selectFrom('requests')
            .select((eb) => eb.fn.max('number').as('n'))
            .executeTakeFirst();
          row.number = Number(last?.n ?? 0) + 1;
          await trx.insertInto('requests').values(row).execute();
          if (screenshot) {
            await trx
              .insertInto('screenshots')
              .values({ request_id: id, data: screenshot.data })
              .execute();
          }
          await trx
            .insertInto('request_events')
            .values({
              id: randomUUID(),
              request_id: id,
              at: now,
              kind: 'created',
              actor_type: 'device',
              actor_id: device.id,
              actor_name: device.name,
              body: input.text || null,
            })
            .execute();
        });
      } catch (error) {
        // Two deliveries of one request raced; the unique key let one through. Answer with it.
        const winner = await findByKey(device.id, input.idempotencyKey);
        if (winner) return { request: winner, duplicate: true };
        throw error;
      }
      return {
        request: toRequest({
          ...row,
          device_name: device.name,
          device_site: device.site,
          device_room: device.room,
        }),
        duplicate: false,
      };
    },

    async list(filter: RequestListFilter): Promise<HelpRequest[]> {
      let query = selectRequests().orderBy('requests.created_at', 'desc').orderBy('requests.id');
      if (filter.state) query = query.where('requests.state', '=', filter.state);
      if (filter.deviceId) query = query.where('requests.device_id', '=', filter.deviceId);
      const listed = (await query.execute()).map(toRequest);
      // An open request whose class is stopped goes first; the rest stay newest first.
      const first = (r: HelpRequest) => (r.urgent && OPEN_STATES.includes(r.state) ? 0 : 1);
      return listed.toSorted((a, b) => first(a) - first(b));
    },

    /** One request without its timeline. */
    async find(requestId: string): Promise<HelpRequest | null> {
      const row = await selectRequests().where('requests.id', '=', requestId).executeTakeFirst();
      return row ? toRequest(row) : null;
    },

    async detail(requestId: string): Promise<HelpRequestDetail | null> {
      const row = await selectRequests().where('requests.id', '=', requestId).executeTakeFirst();
      if (!row) return null;
      const events = await db
        .selectFrom('request_events')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return {
        ...toRequest(row),
        localAccount: row.local_account,
        snapshot: row.snapshot_json ? (JSON.parse(row.snapshot_json) as DeviceSnapshot) : null,
        ...(row.media_removed_at && {
          mediaRemoved: { at: row.media_removed_at, hadScreenshot: row.screenshot_type !== null },
        }),
        events: events.map((e): RequestEvent => ({
          id: e.id,
          requestId: e.request_id,
          at: e.at,
          kind: e.kind as RequestEvent['kind'],
          actor: { type: e.actor_type, id: e.actor_id, name: e.actor_name },
          body: e.body,
        })),
      };
    },

    async screenshot(
      requestId: string,
    ): Promise<{ type: ScreenshotType; data: Uint8Array } | null> {
      const row = await db
        .selectFrom('screenshots')
        .innerJoin('requests', 'requests.id', 'screenshots.request_id')
        .select(['screenshots.data', 'requests.screenshot_type'])
        .where('screenshots.request_id', '=', requestId)
        .executeTakeFirst();
      if (!row || row.screenshot_type === null) return null;
      return { type: row.screenshot_type as ScreenshotType, data: row.data };
    },
  };
}
