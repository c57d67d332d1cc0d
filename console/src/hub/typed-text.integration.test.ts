// Text people type can't fake what the desk shows: a requester's name, a help text, a message, a
// seat label, a room, an enrollment token's places and a canned reply's title carrying a
// text-direction override (or, where one line is meant, any control character) are refused as
// `invalid-payload` at the hub, and nothing is stored.
import { describe, expect } from 'vitest';
import type { CannedReply } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { countRows } from './testing/row-count.ts';
import { computerIn } from './testing/school.ts';

const INVALID = { ok: false, error: 'invalid-payload' };
/** "Room 101 · seat 2, row 3" shown right to left from here on. */
const OVERRIDE = '\u202e';

const help = (fields: { text: string; requester?: string }) => ({
  idempotencyKey: crypto.randomUUID(),
  createdAt: new Date().toISOString(),
  category: 'internet' as const,
  ...fields,
});

describe('help:create from any computer', () => {
  hubTest(
    'refuses a requester name or a text with direction controls; stores nothing',
    async ({ t, agent }) => {
      const { db } = t.hub.database;
      for (const payload of [
        help({ text: 'No wifi', requester: `${OVERRIDE}evil` }),
        help({ text: 'No wifi', requester: 'Ana\u2067 Ruiz' }),
        help({ text: 'No wifi', requester: 'Ana\nRoom 12' }),
        help({ text: `No wifi ${OVERRIDE}3 taes` }),
        help({ text: 'No wifi\u0007' }),
      ]) {
        expect(
          await agent.emitWithAck('help:create', payload),
          JSON.stringify(payload),
        ).toMatchObject(INVALID);
      }
      expect(await countRows(db, 'requests')).toBe(0);
      expect(await countRows(db, 'request_events')).toBe(0);
    },
  );

  hubTest('takes names in any script and texts on several lines', async ({ t, agent }) => {
    await raiseHand(agent, {
      category: 'printer',
      text: 'Paper jam\n\tsecond tray',
      requester: 'مريم José',
    });
    expect(await countRows(t.hub.database.db, 'requests')).toBe(1);
  });
});

describe('the console', () => {
  hubTest(
    'refuses a message with an override; the timeline is unchanged',
    async ({ t, coordinator, agent }) => {
      const requestId = await raiseHand(agent, { category: 'app', text: 'Word crashed' });
      const before = await countRows(t.hub.database.db, 'request_events');
      const sent = await coordinator.emitWithAck('request:message', {
        requestId,
        text: `On my way ${OVERRIDE}21 mooR`,
      });
      expect(sent).toMatchObject(INVALID);
      expect(await countRows(t.hub.database.db, 'request_events')).toBe(before);
    },
  );

  hubTest(
    'refuses seat labels, token places and titles that are not one plain line',
    async ({ t, admin }) => {
      const pc = await computerIn(t, admin, 'lab-pc-01', 'Room 101');
      const seat = await t.http(`/api/devices/${pc.deviceId}/seat`, {
        token: admin,
        method: 'PATCH',
        body: { label: `a${OVERRIDE}b\n`, place: null },
      });
      expect([seat.status, seat.body]).toMatchObject([400, INVALID]);
      const tokensBefore = await countRows(t.hub.database.db, 'enrollment_tokens');
      for (const body of [
        { room: `Room ${OVERRIDE}101` },
        { site: 'North\u200f' },
        { label: 'a\tb' },
      ]) {
        const answer = await t.http('/api/enrollment-tokens', { token: admin, body });
        expect([answer.status, answer.body], JSON.stringify(body)).toMatchObject([400, INVALID]);
      }
      const title = await t.http<CannedReply>('/api/canned-replies', {
        token: admin,
        body: { title: `Printer${OVERRIDE}`, text: 'Turn it off and on.' },
      });
      expect([title.status, title.body]).toMatchObject([400, INVALID]);
      const { db } = t.hub.database;
      expect(await countRows(db, 'enrollment_tokens')).toBe(tokensBefore);
      expect(await countRows(db, 'canned_replies')).toBe(0);
      const device = await db
        .selectFrom('devices')
        .select(['seat_label'])
        .where('id', '=', pc.deviceId)
        .executeTakeFirstOrThrow();
      expect(device.seat_label).toBeNull();
    },
  );
});
