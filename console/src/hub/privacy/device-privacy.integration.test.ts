// A coordinator exports, then deletes, everything about one computer on a real hub: the export
// holds its inventory, requests with conversations, pictures and snapshots, and the looks at it;
// the deletion leaves nothing of it in any table, cuts off and refuses its agent, and another
// computer of the same room keeps all of its own. Advisors are refused both, and nothing changes.
import { describe, expect } from 'vitest';
import type { DeviceDataExport, HubFarewell, PrivacyDeletion } from '@handraise/shared';
import { hubTest } from '../testing/hub-test.ts';
import { FORBIDDEN, NOT_FOUND } from '../testing/request-desk.ts';
import { raiseHand } from '../testing/raise-hand.ts';
import { sampleJpeg } from '../testing/sample-inventory.ts';
import { advisorConsole, SERIAL } from '../testing/school.ts';
import { nextEvent, type TestHub } from '../testing/test-hub.ts';
import {
  askedAndAnswered,
  reportingComputer,
  SNAPSHOT,
  tableCounts,
  whereStillFound,
} from './privacy-fixtures.ts';

const exportOf = (t: TestHub, token: string, deviceId: string) =>
  t.http<DeviceDataExport>(`/api/privacy/devices/${deviceId}/export`, { token });
const deleteOf = (t: TestHub, token: string, deviceId: string) =>
  t.http<PrivacyDeletion>(`/api/privacy/devices/${deviceId}`, { token, method: 'DELETE' });

describe("one computer's data", () => {
  hubTest('export then delete of one device', async ({ t, admin, coordinator }) => {
    // The kept computer first: its agent shares the coordinator's connection (socket.io clients
    // multiplex one per address), which the deleted computer's cut-off must not touch.
    const kept = await reportingComputer(t, admin, 'lab-pc-02', 'Room 12');
    const gone = await reportingComputer(t, admin, 'lab-pc-01', 'Room 12');
    const goneRequest = await askedAndAnswered(gone, coordinator, 'Paper jam at pc one', 'Maya');
    const keptRequest = await askedAndAnswered(kept, coordinator, 'No sound at pc two', 'Noah');
    const ben = await advisorConsole(t, admin, {
      username: 'ben',
      displayName: 'Ben Ito',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    // A teacher of the room looks at both computers and at the picture: three lines of the log.
    for (const id of [gone.deviceId, kept.deviceId])
      expect((await t.http(`/api/devices/${id}`, { token: ben.token })).status).toBe(200);
    expect(
      (
        await fetch(`${t.hub.url}/api/requests/${goneRequest}/screenshot`, {
          headers: { authorization: `Bearer ${ben.token}` },
        })
      ).status,
    ).toBe(200);

    const exported = await exportOf(t, admin, gone.deviceId);
    if (!exported.body.ok) throw new Error(exported.body.error);
    const data = exported.body.data;
    expect(data.device).toMatchObject({ id: gone.deviceId, name: 'lab-pc-01', room: 'Room 12' });
    expect(data.inventory.hardware).toMatchObject({ serial: SERIAL });
    expect(data.inventory.os).toMatchObject({ hostname: 'lab-pc-01' });
    expect(data.inventory.software.length).toBeGreaterThan(0);
    expect(data.requests).toHaveLength(1);
    const [asked] = data.requests;
    expect(asked).toMatchObject({
      id: goneRequest,
      text: 'Paper jam at pc one',
      requester: 'Maya',
      snapshot: SNAPSHOT,
      screenshot: { type: 'image/jpeg' },
      mediaRemovedAt: null,
    });
    expect(Buffer.from(asked!.screenshot!.base64, 'base64').equals(sampleJpeg())).toBe(true);
    expect(asked!.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['created', 'claimed', 'message']),
    );
    expect(asked!.events.find((e) => e.kind === 'message')?.body).toBe(
      'On my way about: Paper jam at pc one',
    );
    expect(data.accessLog.map((line) => [line.userName, line.what, line.requestId])).toEqual(
      expect.arrayContaining([
        ['Ben Ito', 'details', null],
        ['Ben Ito', 'screenshot', goneRequest],
      ]),
    );
    expect(JSON.stringify(data)).not.toContain('No sound at pc two');

    // An advisor, even the teacher of the room, may neither export nor delete: nothing changes.
    const { db } = t.hub.database;
    const before = await tableCounts(db);
    expect((await exportOf(t, ben.token, gone.deviceId)).body).toEqual(FORBIDDEN);
    expect((await deleteOf(t, ben.token, gone.deviceId)).body).toEqual(FORBIDDEN);
    expect(await tableCounts(db)).toEqual(before);
    expect((await exportOf(t, admin, gone.deviceId)).body.ok).toBe(true);

    // The scan below sees it everywhere it is kept before the deletion.
    const needles = [gone.deviceId, goneRequest, 'lab-pc-01', 'Paper jam at pc one'];
    expect(await whereStillFound(db, needles)).toEqual(
      expect.arrayContaining([
        'devices.name',
        'software_lists.device_id',
        'requests.text',
        'request_events.request_id',
        'device_access_log.device_id',
      ]),
    );

    const farewell = nextEvent<HubFarewell>(gone.agent, 'hub:farewell');
    const cutOff = nextEvent<string>(gone.agent, 'disconnect');
    const deleted = await deleteOf(t, admin, gone.deviceId);
    expect(deleted.body).toEqual({
      ok: true,
      data: { devices: 1, requests: 1, screenshots: 1, accessLogLines: 2 },
    });
    expect(await farewell).toEqual({ reason: 'device-retired' });
    await cutOff;
    // Its agent is refused for good, as a retired computer's is (not `unauthorized`, which would
    // send an agent holding an enrollment token to enroll itself again).
    await expect(t.connectAgent(gone)).rejects.toThrow('device-retired');

    // Nothing about it is left in any table: not its request's id, its name or its words; its own
    // id only in the list of deleted computers, with the time of the deletion and nothing else.
    expect(await whereStillFound(db, needles)).toEqual(['deleted_devices.id']);
    const tombstones = await db.selectFrom('deleted_devices').selectAll().execute();
    expect(tombstones.map((row) => Object.keys(row).sort())).toEqual([['deleted_at', 'id']]);
    expect(tombstones[0]?.id).toBe(gone.deviceId);
    expect(tombstones[0]?.deleted_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await exportOf(t, admin, gone.deviceId)).body).toEqual(NOT_FOUND);
    expect((await deleteOf(t, admin, gone.deviceId)).body).toEqual(NOT_FOUND);
    expect((await t.http(`/api/requests/${goneRequest}`, { token: admin })).body).toEqual(
      NOT_FOUND,
    );

    // The other computer of the room keeps everything, and its agent goes on working.
    const other = await exportOf(t, admin, kept.deviceId);
    if (!other.body.ok) throw new Error(other.body.error);
    expect(other.body.data.inventory.hardware).toMatchObject({ serial: SERIAL });
    expect(other.body.data.requests.map((r) => [r.id, r.screenshot?.type])).toEqual([
      [keptRequest, 'image/jpeg'],
    ]);
    expect(other.body.data.accessLog.map((line) => line.what)).toEqual(['details']);
    expect(kept.agent.connected).toBe(true);
    await raiseHand(kept.agent, { category: 'app', text: 'Still here', requester: 'Noah' });
  });

  hubTest(
    'a computer deleted while its agent was away is refused when the agent comes back',
    async ({ t, admin }) => {
      const away = await t.enroll('lab-pc-07');
      const stillHere = await t.enroll('lab-pc-08');
      expect((await deleteOf(t, admin, away.deviceId)).body.ok).toBe(true);

      await expect(t.connectAgent(away)).rejects.toThrow('device-retired');
      // A wrong secret for a deleted id gets the same answer; an unknown id stays `unauthorized`.
      await expect(t.connectAgent({ ...away, secret: 'x'.repeat(43) })).rejects.toThrow(
        'device-retired',
      );
      await expect(
        t.connectAgent({ deviceId: crypto.randomUUID(), secret: away.secret }),
      ).rejects.toThrow('unauthorized');
      // Deleting it again finds nothing and keeps the one line about it.
      expect((await deleteOf(t, admin, away.deviceId)).body).toEqual(NOT_FOUND);
      const { db } = t.hub.database;
      expect(await db.selectFrom('deleted_devices').select('id').execute()).toEqual([
        { id: away.deviceId },
      ]);
      // Other computers connect as before.
      const agent = await t.connectAgent(stillHere);
      expect(agent.connected).toBe(true);
      agent.disconnect();
    },
  );

  hubTest('a computer id that is not one is refused', async ({ t, admin }) => {
    expect((await t.http('/api/privacy/devices/not-an-id/export', { token: admin })).body).toEqual({
      ok: false,
      error: 'invalid-payload',
    });
    expect(
      (await t.http('/api/privacy/devices/not-an-id', { token: admin, method: 'DELETE' })).body,
    ).toEqual({ ok: false, error: 'invalid-payload' });
  });
});
