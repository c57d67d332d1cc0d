// The devices list's search identifiers and the coordinator's bulk actions (refresh, move to a
// room, retire): what they change, who hears of it, and that everyone else is refused with
// nothing changed.
import { describe, expect } from 'vitest';
import {
  MAX_BULK_DEVICES,
  type BulkRefreshResult,
  type BulkRetireResult,
  type BulkRoomResult,
  type Device,
  type HelpRequestDetail,
  type SoftwareOverview,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import { advisorConsole, computerIn, SERIAL } from './testing/school.ts';
import { nextEvent, type TestHub } from './testing/test-hub.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** A student's rows carry no identifiers at all: nothing to search by serial, model, IP or MAC. */
const WITHHELD = { serial: null, model: null, ips: [], macs: [] };

const listed = async (t: TestHub, token: string) => {
  const list = await t.http<Device[]>('/api/devices', { token });
  if (!list.body.ok) throw new Error(list.body.error);
  return list.body.data;
};

const bulk = <T>(t: TestHub, token: string, action: string, body: unknown) =>
  t.http<T>(`/api/devices/bulk/${action}`, { token, body });

/** Two computers in Room 12 and one in the library, each reported with the school's serial. */
const test = hubTest.extend('school', async ({ t, admin }) => ({
  art: await computerIn(t, admin, 'art-room-pc-12', 'Room 12'),
  lab: await computerIn(t, admin, 'lab-pc-03', 'Room 12'),
  library: await computerIn(t, admin, 'library-pc-01', 'Library'),
}));

const student = (t: TestHub, admin: string) =>
  advisorConsole(t, admin, {
    username: 'ana',
    displayName: 'Ana Ruiz',
    advisorKind: 'student',
    scope: { sites: [], rooms: ['Room 12', 'Room 14'] },
  });
const teacher = (t: TestHub, admin: string) =>
  advisorConsole(t, admin, {
    username: 'tom',
    displayName: 'Tom Reyes',
    advisorKind: 'teacher',
    scope: { sites: [], rooms: [] },
  });

describe('the devices list identifiers', () => {
  test('carry serial, model and addresses, one form each', async ({ t, admin, school }) => {
    const row = (await listed(t, admin)).find((d) => d.id === school.art.deviceId);
    expect(row?.identifiers).toEqual({
      serial: SERIAL,
      model: 'ThinkCentre M70q',
      ips: ['10.0.0.5'],
      macs: ['00:11:22:33:44:55'],
    });
  });

  test('never give a student advisor identifiers: list, socket list, sync pages, pushes, details', async ({
    t,
    admin,
    coordinator,
    school,
  }) => {
    const ana = await student(t, admin);
    const tom = await teacher(t, admin);
    const httpRows = await listed(t, ana.token);
    expect(httpRows.map((d) => d.name).sort()).toEqual(['art-room-pc-12', 'lab-pc-03']);
    expect(httpRows.map((d) => d.identifiers)).toEqual([WITHHELD, WITHHELD]);
    const socketRows = await ana.socket.emitWithAck('devices:list', {});
    expect(socketRows.ok && socketRows.data.map((d) => d.identifiers)).toEqual([
      WITHHELD,
      WITHHELD,
    ]);
    const page = await ana.socket.emitWithAck('devices:sync', { since: null, after: null });
    expect(page.ok && page.data.devices.map((d) => d.identifiers)).toEqual([WITHHELD, WITHHELD]);
    // A teacher in scope reads them.
    const tomRows = await listed(t, tom.token);
    expect(tomRows.every((d) => d.identifiers.serial === SERIAL)).toBe(true);
    expect(tomRows.every((d) => d.identifiers.macs.length > 0)).toBe(true);

    // A push (the library computer moves into her scope) comes without them too.
    const toAna = nextEvent<Device>(ana.socket, 'device:updated');
    const toTom = nextEvent<Device>(tom.socket, 'device:updated');
    await bulk(t, admin, 'room', { deviceIds: [school.library.deviceId], room: 'Room 14' });
    expect((await toAna).identifiers).toEqual(WITHHELD);
    expect((await toTom).identifiers).toMatchObject({ serial: SERIAL, model: 'ThinkCentre M70q' });

    // Helping with a request she sees the details, still without the serial.
    const requestId = await raiseHand(school.art.agent, { category: 'internet', text: 'Offline' });
    const assigned = await coordinator.emitWithAck('request:assign', {
      requestId,
      assigneeId: ana.user.id,
    });
    expect(assigned).toMatchObject({ ok: true });
    const detail = await ana.socket.emitWithAck('device:get', { deviceId: school.art.deviceId });
    expect(detail.ok && detail.data.identifiers.serial).toBeNull();
  });
});

describe('bulk actions', () => {
  test('take up to 10,000 ids in one call', async ({ t, admin, school }) => {
    const many = Array.from({ length: MAX_BULK_DEVICES }, () => school.art.deviceId);
    const answer = await bulk<BulkRefreshResult>(t, admin, 'refresh', { deviceIds: many });
    expect(answer.body).toEqual({ ok: true, data: { asked: 1, offline: 0 } });
  });

  test('refresh asks the connected computers and counts the others', async ({
    t,
    admin,
    school,
  }) => {
    school.lab.agent.disconnect();
    await expect.poll(async () => (await listed(t, admin)).filter((d) => d.online).length).toBe(2);
    const asked = nextEvent(school.art.agent, 'inventory:request');
    const answer = await bulk<BulkRefreshResult>(t, admin, 'refresh', {
      deviceIds: [school.art.deviceId, school.lab.deviceId],
    });
    expect(answer).toEqual({ status: 200, body: { ok: true, data: { asked: 1, offline: 1 } } });
    await asked;
  });

  test('move to a room: the computers and their open requests follow, consoles hear it', async ({
    t,
    admin,
    coordinator,
    school,
  }) => {
    const requestId = await raiseHand(school.library.agent, {
      category: 'printer',
      text: 'Printer jam',
    });
    const removed = nextEvent<{ deviceId: string }>(coordinator, 'device:removed');
    const updated = nextEvent<Device>(coordinator, 'device:updated');
    const requestMoved = nextEvent<{ id: string; room: string }>(coordinator, 'request:updated');
    const answer = await bulk<BulkRoomResult>(t, admin, 'room', {
      deviceIds: [school.library.deviceId, school.art.deviceId],
      room: 'Room 21',
    });
    expect(answer.body).toEqual({ ok: true, data: { moved: 2, requestsMoved: 1 } });
    expect((await removed).deviceId).toBe(school.library.deviceId);
    expect(await updated).toMatchObject({ id: school.library.deviceId, room: 'Room 21' });
    expect(await requestMoved).toMatchObject({ id: requestId, room: 'Room 21' });
    const rooms = Object.fromEntries((await listed(t, admin)).map((d) => [d.name, d.room]));
    expect(rooms).toEqual({
      'art-room-pc-12': 'Room 21',
      'lab-pc-03': 'Room 12',
      'library-pc-01': 'Room 21',
    });
  });

  test('retire: out of the list, the agent turned away with its own code, history kept', async ({
    t,
    admin,
    coordinator,
    school,
  }) => {
    const requestId = await raiseHand(school.lab.agent, { category: 'internet', text: 'No wifi' });
    const removed = nextEvent<{ deviceId: string }>(coordinator, 'device:removed');
    const cutOff = nextEvent(school.lab.agent, 'disconnect');
    const answer = await bulk<BulkRetireResult>(t, admin, 'retire', {
      deviceIds: [school.lab.deviceId],
    });
    expect(answer.body).toEqual({ ok: true, data: { retired: 1 } });
    expect((await removed).deviceId).toBe(school.lab.deviceId);
    await cutOff;
    expect((await listed(t, admin)).map((d) => d.name).sort()).toEqual([
      'art-room-pc-12',
      'library-pc-01',
    ]);
    const gone = await t.http(`/api/devices/${school.lab.deviceId}`, { token: admin });
    expect(gone.status).toBe(404);
    // The software figures count it no more (their recount follows the retirement).
    await expect
      .poll(async () => {
        const overview = await t.http<SoftwareOverview>('/api/software/overview', { token: admin });
        return overview.body.ok && overview.body.data.devices;
      })
      .toBe(2);

    const stored = await t.hub.database.db
      .selectFrom('devices')
      .select('retired_at')
      .where('id', '=', school.lab.deviceId)
      .executeTakeFirstOrThrow();
    expect(stored.retired_at).not.toBeNull();
    const request = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, { token: admin });
    expect(request.body.ok && request.body.data).toMatchObject({ deviceName: 'lab-pc-03' });
    // Retiring it twice names a computer no longer in the fleet.
    const again = await bulk(t, admin, 'retire', { deviceIds: [school.lab.deviceId] });
    expect(again.body).toEqual({ ok: false, error: 'not-found' });
  });

  test('a retired computer that connects again is refused `device-retired`', async ({
    t,
    admin,
  }) => {
    const enrolled = await t.enroll('old-pc');
    await bulk(t, admin, 'retire', { deviceIds: [enrolled.deviceId] });
    await expect(t.connectAgent(enrolled)).rejects.toThrow('device-retired');
  });
});

describe('bulk actions refused', () => {
  const snapshot = async (t: TestHub, admin: string) =>
    (await listed(t, admin)).map((d) => `${d.name}@${d.room}`).sort();

  test('to advisors, student or teacher: `forbidden`, nothing changed', async ({
    t,
    admin,
    school,
  }) => {
    const before = await snapshot(t, admin);
    const ids = [school.art.deviceId];
    for (const person of [await student(t, admin), await teacher(t, admin)]) {
      for (const [action, body] of [
        ['refresh', { deviceIds: ids }],
        ['room', { deviceIds: ids, room: 'Room 99' }],
        ['retire', { deviceIds: ids }],
      ] as const) {
        const answer = await bulk(t, person.token, action, body);
        expect([action, answer.status, answer.body]).toEqual([
          action,
          403,
          { ok: false, error: 'forbidden' },
        ]);
      }
    }
    expect(await snapshot(t, admin)).toEqual(before);
  });

  test('with an unknown id among known ones: `not-found`, nothing changed', async ({
    t,
    admin,
    school,
  }) => {
    const before = await snapshot(t, admin);
    const ids = [school.art.deviceId, UNKNOWN_ID];
    for (const [action, body] of [
      ['refresh', { deviceIds: ids }],
      ['room', { deviceIds: ids, room: 'Room 99' }],
      ['retire', { deviceIds: ids }],
    ] as const) {
      const answer = await bulk(t, admin, action, body);
      expect([action, answer.status, answer.body]).toEqual([
        action,
        404,
        { ok: false, error: 'not-found' },
      ]);
    }
    expect(await snapshot(t, admin)).toEqual(before);
  });

  test('with a bad payload: `invalid-payload`, nothing changed', async ({ t, admin, school }) => {
    const before = await snapshot(t, admin);
    const tooMany = Array.from({ length: MAX_BULK_DEVICES + 1 }, () => school.art.deviceId);
    const cases: [string, unknown][] = [
      ['retire', {}],
      ['retire', { deviceIds: [] }],
      ['retire', { deviceIds: ['not-an-id'] }],
      ['retire', { deviceIds: tooMany }],
      ['retire', { deviceIds: [school.art.deviceId], also: 'x' }],
      ['refresh', { deviceIds: 'all' }],
      ['room', { deviceIds: [school.art.deviceId] }],
      ['room', { deviceIds: [school.art.deviceId], room: '' }],
      ['room', { deviceIds: [school.art.deviceId], room: ' Room 1 ' }],
      ['room', { deviceIds: [school.art.deviceId], room: 'x'.repeat(1_000) }],
      // A name that would reorder the text beside it, or break its line, fakes what the desk shows.
      ['room', { deviceIds: [school.art.deviceId], room: 'Room \u202e21' }],
      ['room', { deviceIds: [school.art.deviceId], room: 'Room\u2066 12' }],
      ['room', { deviceIds: [school.art.deviceId], room: 'Room\n12' }],
    ];
    for (const [index, [action, body]] of cases.entries()) {
      const answer = await bulk(t, admin, action, body);
      expect([index, answer.status]).toEqual([index, 400]);
      expect(answer.body).toMatchObject({ ok: false, error: 'invalid-payload' });
    }
    expect(await snapshot(t, admin)).toEqual(before);
  });
});
