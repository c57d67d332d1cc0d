import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, type HubDatabase } from './storage/database.ts';
import { createDevicesStore } from './storage/devices-store.ts';
import { createRequestsStore } from './storage/requests-store.ts';
import { createRequestTimeline } from './storage/request-timeline.ts';
import { sweepExpiredRequests } from './retention.ts';
import { countRows } from './testing/row-count.ts';

describe('retention', () => {
  let database: HubDatabase;
  let now = new Date('2026-01-10T08:00:00Z');
  const clock = { now: () => now };

  beforeEach(async () => {
    database = await openSqliteDatabase(':memory:');
  });
  afterEach(() => database.close());

  it('deletes finished requests older than the retention, with their screenshots and timelines, and keeps open ones', async () => {
    const devices = createDevicesStore(database.db, clock);
    const requests = createRequestsStore(database.db, clock);
    const timeline = createRequestTimeline(database.db, clock);
    const { deviceId } = await devices.enroll({ hostname: 'pc-1' }, { site: null, room: null });
    const raise = async (text: string) =>
      (
        await requests.create(
          { id: deviceId, name: 'pc-1', site: null, room: null },
          {
            idempotencyKey: crypto.randomUUID(),
            category: 'other',
            text,
            createdAt: now.toISOString(),
          },
          {
            type: 'image/png',
            data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          },
        )
      ).request.id;
    const oldClosed = await raise('old and closed');
    const oldOpen = await raise('old but still open');
    await timeline.record({
      requestId: oldClosed,
      kind: 'state-changed',
      actor: { type: 'device', id: deviceId, name: 'pc-1' },
      body: 'closed',
      state: 'closed',
    });

    now = new Date('2026-03-01T08:00:00Z');
    const recentClosed = await raise('recent and closed');
    await timeline.record({
      requestId: recentClosed,
      kind: 'state-changed',
      actor: { type: 'device', id: deviceId, name: 'pc-1' },
      body: 'closed',
      state: 'closed',
    });

    expect(await sweepExpiredRequests(database.db, clock, 30)).toBe(1);
    const left = (await requests.list({})).map((r) => r.text).sort();
    expect(left).toEqual(['old but still open', 'recent and closed']);
    const { db } = database;
    const count = (table: 'screenshots' | 'request_events') => countRows(db, table);
    expect(await count('screenshots')).toBe(2);
    expect(await count('request_events')).toBe(3);
    expect(await requests.find(oldOpen)).not.toBeNull();
    expect(await sweepExpiredRequests(database.db, clock, 30)).toBe(0);
  });
});
