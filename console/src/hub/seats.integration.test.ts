// Seats on a real hub: named at enrollment ("row 2 seat 3" places the computer on the room's grid),
// edited by the coordinator and the teachers covering the room, carried onto requests as they were
// when asked. Two computers of one room never share a grid place; every refusal changes nothing.
import { describe, expect } from 'vitest';
import { PROTOCOL_VERSION, type Device, type Enrolled, type HelpRequest } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import { enrollWithSeat, listedDevice, patchSeat } from './testing/seats.ts';
import { nextEvent, TEST_ENROLL_TOKEN } from './testing/test-hub.ts';

const enrolledId = (answer: { body: { ok: boolean } & ({ data: Enrolled } | object) }) => {
  if (!('data' in answer.body)) throw new Error('enrollment refused');
  return answer.body.data.deviceId;
};

describe('seats', () => {
  hubTest(
    'a seat named at enrollment is kept, with the grid place "row 2 seat 3" gives',
    async ({ t, admin }) => {
      const placed = await enrollWithSeat(t, admin, 'art-pc-7', 'Room 12', 'row 2 seat 3');
      expect(placed.status).toBe(201);
      const labelled = await enrollWithSeat(t, admin, 'art-pc-8', 'Room 12', 'B3');

      expect(await listedDevice(t, admin, enrolledId(placed))).toMatchObject({
        room: 'Room 12',
        seat: 'row 2 seat 3',
        seatPlace: { row: 2, column: 3 },
      });
      expect(await listedDevice(t, admin, enrolledId(labelled))).toMatchObject({
        seat: 'B3',
        seatPlace: null,
      });
    },
  );

  hubTest(
    'enrollment never fails over a taken place: the label stays, the place is left empty',
    async ({ t, admin }) => {
      await enrollWithSeat(t, admin, 'art-pc-7', 'Room 12', 'row 2 seat 3');
      const second = await enrollWithSeat(t, admin, 'art-pc-9', 'Room 12', 'row 2 seat 3');
      expect(second.status).toBe(201);
      expect(await listedDevice(t, admin, enrolledId(second))).toMatchObject({
        seat: 'row 2 seat 3',
        seatPlace: null,
      });
    },
  );

  hubTest(
    'a bad seat at enrollment is refused as invalid-payload and no computer is added',
    async ({ t, admin }) => {
      for (const seat of [
        { label: 'row 31 seat 3', place: { row: 31, column: 3 } },
        { label: '', place: null },
        { label: 'B3' },
        { label: 'B3', place: { row: 2, column: 3 }, room: 'Library' },
      ]) {
        const answer = await enrollWithSeat(t, admin, 'bad-seat-pc', 'Room 12', seat);
        expect(answer, JSON.stringify(seat)).toMatchObject({
          status: 400,
          body: { ok: false, error: 'invalid-payload' },
        });
      }
      const listed = await t.http<Device[]>('/api/devices', { token: admin });
      expect(listed.body).toEqual({ ok: true, data: [] });
    },
  );

  hubTest(
    'the coordinator names a seat; consoles hear of it and a request keeps the seat it had when asked',
    async ({ t, admin, coordinator }) => {
      const pc = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
      const pushed = nextEvent<Device>(coordinator, 'device:updated');
      const saved = await patchSeat(t, admin, pc.deviceId, {
        label: 'C4',
        place: { row: 3, column: 4 },
      });
      expect(saved).toMatchObject({
        status: 200,
        body: { ok: true, data: { id: pc.deviceId, seat: 'C4', seatPlace: { row: 3, column: 4 } } },
      });
      expect(await pushed).toMatchObject({ id: pc.deviceId, seat: 'C4' });
      // The tray's "This computer" names the seat too.
      expect(await pc.agent.emitWithAck('help:desk', {})).toMatchObject({
        ok: true,
        data: { room: 'Room 12', seat: 'C4' },
      });

      const requestId = await raiseHand(pc.agent, { category: 'printer', text: 'Paper jam' });
      await patchSeat(t, admin, pc.deviceId, { label: 'D1', place: null });
      const request = await t.http<HelpRequest>(`/api/requests/${requestId}`, { token: admin });
      expect(request.body).toMatchObject({ ok: true, data: { seat: 'C4', room: 'Room 12' } });
      expect(await listedDevice(t, admin, pc.deviceId)).toMatchObject({
        seat: 'D1',
        seatPlace: null,
      });
    },
  );

  hubTest(
    'two computers of one room on one grid place: conflict, and nothing changes',
    async ({ t, admin }) => {
      const first = enrolledId(await enrollWithSeat(t, admin, 'pc-a', 'Room 12', 'row 1 seat 1'));
      const second = enrolledId(await enrollWithSeat(t, admin, 'pc-b', 'Room 12', 'B2'));
      const elsewhere = enrolledId(await enrollWithSeat(t, admin, 'pc-c', 'Library', 'A1'));

      const refused = await patchSeat(t, admin, second, {
        label: 'A1',
        place: { row: 1, column: 1 },
      });
      expect(refused).toEqual({ status: 409, body: { ok: false, error: 'conflict' } });
      expect(await listedDevice(t, admin, second)).toMatchObject({ seat: 'B2', seatPlace: null });
      expect(await listedDevice(t, admin, first)).toMatchObject({
        seatPlace: { row: 1, column: 1 },
      });

      // Another room's grid is its own; and a computer may stay on its own place.
      const otherRoom = await patchSeat(t, admin, elsewhere, {
        label: 'A1',
        place: { row: 1, column: 1 },
      });
      expect(otherRoom.status).toBe(200);
      const same = await patchSeat(t, admin, first, { label: 'A1', place: { row: 1, column: 1 } });
      expect(same.status).toBe(200);
    },
  );

  hubTest(
    'advisors: a teacher covering the room edits; a student is forbidden, a teacher elsewhere does not find it; nothing changes',
    async ({ t, admin, coordinator }) => {
      const pc = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
      await patchSeat(t, admin, pc.deviceId, { label: 'A1', place: { row: 1, column: 1 } });
      const ana = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const tom = await advisorConsole(t, admin, {
        username: 'tom',
        displayName: 'Mr Tom',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Library'] },
      });
      const kim = await advisorConsole(t, admin, {
        username: 'kim',
        displayName: 'Ms Kim',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const move = { label: 'Z9', place: { row: 9, column: 9 } };

      expect(await patchSeat(t, ana.token, pc.deviceId, move)).toEqual({
        status: 403,
        body: { ok: false, error: 'forbidden' },
      });
      // Helping on the computer's request gives a student its details, never its seat.
      const requestId = await raiseHand(pc.agent, { category: 'printer', text: 'Paper jam' });
      expect(
        await coordinator.emitWithAck('request:assign', { requestId, assigneeId: ana.user.id }),
      ).toMatchObject({ ok: true });
      expect((await patchSeat(t, ana.token, pc.deviceId, move)).status).toBe(403);
      expect(await patchSeat(t, tom.token, pc.deviceId, move)).toEqual({
        status: 404,
        body: { ok: false, error: 'not-found' },
      });
      expect((await patchSeat(t, 'not-a-session', pc.deviceId, move)).status).toBe(401);
      expect(await listedDevice(t, admin, pc.deviceId)).toMatchObject({
        seat: 'A1',
        seatPlace: { row: 1, column: 1 },
      });

      const byTeacher = await patchSeat(t, kim.token, pc.deviceId, move);
      expect(byTeacher).toMatchObject({ status: 200, body: { ok: true, data: { seat: 'Z9' } } });
    },
  );

  hubTest(
    'a re-installed computer linked to its old record sits where the old one sat',
    async ({ t, admin }) => {
      const hardware = { uuid: '4C4C4544-0042-3510-8051-B3C04F4B3232' };
      const old = enrolledId(
        await enrollWithSeat(t, admin, 'art-pc-7', 'Room 12', 'row 2 seat 3', hardware),
      );
      const fresh = await t.http<Enrolled>('/api/enroll', {
        body: {
          token: TEST_ENROLL_TOKEN,
          identity: { hostname: 'art-pc-7', ...hardware },
          protocolVersion: PROTOCOL_VERSION,
        },
      });
      const renewed = enrolledId(fresh);
      const linked = await t.http('/api/reinstalls/confirm', {
        token: admin,
        body: { deviceIds: [renewed] },
      });
      expect(linked.body).toEqual({ ok: true, data: { linked: 1 } });
      const listed = await t.http<Device[]>('/api/devices', { token: admin });
      expect(listed.body.ok && listed.body.data.map((d) => d.id)).toEqual([renewed]);
      expect(await listedDevice(t, admin, renewed)).toMatchObject({
        room: 'Room 12',
        seat: 'row 2 seat 3',
        seatPlace: { row: 2, column: 3 },
      });
      expect(old).not.toBe(renewed);
    },
  );

  hubTest('bad seat edits are invalid-payload and change nothing', async ({ t, admin }) => {
    const pc = await computerIn(t, admin, 'lab-12-pc', 'Room 12');
    await patchSeat(t, admin, pc.deviceId, { label: 'A1', place: { row: 1, column: 1 } });
    for (const body of [
      { label: 'A1', place: { row: 0, column: 1 } },
      { label: 'A1', place: { row: 1, column: 31 } },
      { label: 'A1', place: { row: 1.5, column: 2 } },
      { label: 'A1', place: { row: '2', column: 3 } },
      { label: 'x'.repeat(25), place: null },
      { label: '   ', place: null },
      // A direction override or a control character would let a label fake its neighbours.
      { label: 'a\u202eb\n', place: null },
      { label: 'B\u20663', place: null },
      { label: 'B\t3', place: null },
      { label: 'A1' },
      { label: 'A1', place: null, room: 'Library' },
      'A1',
    ]) {
      expect(await patchSeat(t, admin, pc.deviceId, body), JSON.stringify(body)).toEqual({
        status: 400,
        body: { ok: false, error: 'invalid-payload' },
      });
    }
    expect((await patchSeat(t, admin, 'not-a-uuid', { label: 'A1', place: null })).status).toBe(
      400,
    );
    expect(await patchSeat(t, admin, crypto.randomUUID(), { label: 'A1', place: null })).toEqual({
      status: 404,
      body: { ok: false, error: 'not-found' },
    });
    expect(await listedDevice(t, admin, pc.deviceId)).toMatchObject({
      seat: 'A1',
      seatPlace: { row: 1, column: 1 },
    });
  });
});
