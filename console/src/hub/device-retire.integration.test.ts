// Retiring computers on a real hub: the seat each held is free again, its open requests close with
// a line that says why (their incidents stay consistent, helpers are no longer offered them, the
// coordinator still reads them), and its running agent is told why before it is cut off.
import { describe, expect } from 'vitest';
import type { Enrolled, HelpRequest, HelpRequestDetail, HubFarewell } from '@handraise/shared';
import { RETIRED_CLOSE_LINE } from './routing/retired-requests.ts';
import { hubTest } from './testing/hub-test.ts';
import { computersIn, internetFrom, requestNow } from './testing/room-incidents.ts';
import { advisorConsole } from './testing/school.ts';
import { enrollWithSeat, listedDevice, patchSeat } from './testing/seats.ts';
import { nextEvent, type ConsoleClient, type TestHub } from './testing/test-hub.ts';

const retire = (t: TestHub, token: string, deviceIds: string[]) =>
  t.http('/api/devices/bulk/retire', { token, body: { deviceIds } });

const enrolledId = (answer: { body: { ok: boolean } & ({ data: Enrolled } | object) }) => {
  if (!('data' in answer.body)) throw new Error('enrollment refused');
  return answer.body.data.deviceId;
};

/** Every request push a console hears, by id, the latest kept. */
function updatesTo(socket: ConsoleClient): Map<string, HelpRequest> {
  const heard = new Map<string, HelpRequest>();
  socket.on('request:updated', (request: HelpRequest) => heard.set(request.id, request));
  return heard;
}

describe('a retired computer frees its seat', () => {
  hubTest(
    'its replacement takes the same seat at enrollment and in the console',
    async ({ t, admin }) => {
      const old = enrolledId(
        await enrollWithSeat(t, admin, 'pc-101-a', 'Room 101', 'row 2, seat 3'),
      );
      expect(await listedDevice(t, admin, old)).toMatchObject({ seatPlace: { row: 2, column: 3 } });
      expect((await retire(t, admin, [old])).status).toBe(200);
      const stored = await t.hub.database.db
        .selectFrom('devices')
        .select(['seat_label', 'seat_row', 'seat_column'])
        .where('id', '=', old)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ seat_label: null, seat_row: null, seat_column: null });

      const fresh = enrolledId(
        await enrollWithSeat(t, admin, 'pc-101-b', 'Room 101', 'row 2, seat 3'),
      );
      expect(await listedDevice(t, admin, fresh)).toMatchObject({
        seat: 'row 2, seat 3',
        seatPlace: { row: 2, column: 3 },
      });
    },
  );

  hubTest('a place an older retired record still names is not taken', async ({ t, admin }) => {
    const old = enrolledId(await enrollWithSeat(t, admin, 'pc-101-a', 'Room 101', 'B3'));
    const fresh = enrolledId(await enrollWithSeat(t, admin, 'pc-101-b', 'Room 101', 'B4'));
    // As a hub before this change left it: retired, yet still on the grid.
    await t.hub.database.db
      .updateTable('devices')
      .set({ retired_at: new Date().toISOString(), seat_row: 2, seat_column: 3 })
      .where('id', '=', old)
      .execute();
    const moved = await patchSeat(t, admin, fresh, { label: 'B3', place: { row: 2, column: 3 } });
    expect(moved.body).toMatchObject({ ok: true, data: { seatPlace: { row: 2, column: 3 } } });
  });
});

describe("a retired computer's open requests", () => {
  hubTest(
    'close with a line saying why, leave their incident, and are offered to nobody',
    async ({ t, admin, coordinator }) => {
      const [pc1, pc2, pc3] = await computersIn(t, admin, 'Room 12', 3);
      if (!pc1 || !pc2 || !pc3) throw new Error('computers missing');
      const tom = await advisorConsole(t, admin, {
        username: 'tom',
        displayName: 'Tom Reyes',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      expect((await tom.socket.emitWithAck('duty:set', { onDuty: true })).ok).toBe(true);
      const offered = nextEvent<HelpRequest>(tom.socket, 'request:offered');
      const [first, second, third] = [
        await internetFrom(pc1),
        await internetFrom(pc2),
        await internetFrom(pc3),
      ];
      expect((await offered).id).toBe(first);
      const incidentId = (await requestNow(t, admin, third)).incidentId;
      expect(incidentId).not.toBeNull();

      // A student advisor may not retire them: refused, nothing closes.
      const ana = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana Ruiz',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      expect((await retire(t, ana.token, [pc1.deviceId])).body).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect((await requestNow(t, admin, first)).state).toBe('new');

      const heardByCoordinator = updatesTo(coordinator);
      const heardByTom = updatesTo(tom.socket);
      // pc1's agent shares the coordinator's test connection (socket.io clients multiplex one
      // connection per hub address, and a retired computer's is closed whole), so it stays.
      expect((await retire(t, admin, [pc2.deviceId, pc3.deviceId])).body).toEqual({
        ok: true,
        data: { retired: 2 },
      });
      for (const id of [second, third]) {
        const closed = await requestNow(t, admin, id);
        expect(closed).toMatchObject({ state: 'closed', incidentId: null });
        expect(closed.events.map((e) => [e.kind, e.body]).slice(-2)).toEqual([
          ['state-changed', 'closed'],
          ['staff-note', RETIRED_CLOSE_LINE],
        ]);
        // Pushes travel on the sockets, apart from the HTTP answer.
        await expect.poll(() => heardByCoordinator.get(id)?.state).toBe('closed');
        await expect.poll(() => heardByTom.get(id)?.state).toBe('closed');
      }
      // The incident ended with one request left in it; that one stays open for its helper.
      expect(await requestNow(t, admin, first)).toMatchObject({ state: 'new', incidentId: null });

      const waiting = await tom.socket.emitWithAck('requests:list', { state: 'new' });
      expect(waiting.ok && waiting.data.map((r) => r.id)).toEqual([first]);
      expect(await tom.socket.emitWithAck('request:claim', { requestId: third })).toEqual({
        ok: false,
        error: 'invalid-state',
      });
      const history = await t.http<HelpRequestDetail>(`/api/requests/${third}`, { token: admin });
      expect(history.body.ok && history.body.data.deviceName).toBe('room-12-pc3');
    },
  );
});

describe("a retired computer's running agent", () => {
  hubTest('hears why before the hub ends its connection', async ({ t, admin }) => {
    const [pc] = await computersIn(t, admin, 'Room 12', 1);
    if (!pc) throw new Error('computer missing');
    const heard: string[] = [];
    pc.agent.on('hub:farewell', (farewell: HubFarewell) => heard.push(farewell.reason));
    const cutOff = new Promise<string>((resolve) => pc.agent.once('disconnect', resolve));
    await retire(t, admin, [pc.deviceId]);
    expect(await cutOff).toBe('io server disconnect');
    expect(heard).toEqual(['device-retired']);
  });
});
