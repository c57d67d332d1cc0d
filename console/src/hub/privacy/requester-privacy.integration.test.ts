// A coordinator exports, then deletes, everything about one requester on a real hub. A requester
// has no account: they are the name typed at the tray, whatever its case or spacing, on every
// computer (or one, when narrowed). What is theirs is their requests and the looks at them; the
// computers stay, and so does everyone else's request. Advisors are refused, and nothing changes.
import { describe, expect } from 'vitest';
import type { PrivacyDeletion, RequesterDataExport } from '@handraise/shared';
import { hubTest } from '../testing/hub-test.ts';
import { FORBIDDEN } from '../testing/request-desk.ts';
import { advisorConsole } from '../testing/school.ts';
import type { TestHub } from '../testing/test-hub.ts';
import {
  askedAndAnswered,
  reportingComputer,
  tableCounts,
  whereStillFound,
} from './privacy-fixtures.ts';

/** The body of both requester routes: the name (and computer) never travel in the address. */
const requester = (name: string, deviceId?: string) => ({
  name,
  ...(deviceId ? { deviceId } : {}),
});
const exportOf = (t: TestHub, token: string, name: string, deviceId?: string) =>
  t.http<RequesterDataExport>('/api/privacy/requesters/export', {
    token,
    body: requester(name, deviceId),
  });
const deleteOf = (t: TestHub, token: string, name: string, deviceId?: string) =>
  t.http<PrivacyDeletion>('/api/privacy/requesters/delete', {
    token,
    body: requester(name, deviceId),
  });

describe("one requester's data", () => {
  hubTest('export then delete of one requester', async ({ t, admin, coordinator }) => {
    const pc1 = await reportingComputer(t, admin, 'lab-pc-01', 'Room 12');
    const pc2 = await reportingComputer(t, admin, 'lab-pc-02', 'Room 12');
    const mayaAt1 = await askedAndAnswered(pc1, coordinator, 'Printer says offline', 'Maya Chen');
    const mayaAt2 = await askedAndAnswered(pc2, coordinator, 'Cannot sign in', '  maya  CHEN ');
    const noah = await askedAndAnswered(pc1, coordinator, 'No sound', 'Noah');
    const ben = await advisorConsole(t, admin, {
      username: 'ben',
      displayName: 'Ben Ito',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Room 12'] },
    });
    // The teacher opens Maya's picture and Noah's: each look is logged against its request.
    for (const requestId of [mayaAt1, noah])
      expect(
        (
          await fetch(`${t.hub.url}/api/requests/${requestId}/screenshot`, {
            headers: { authorization: `Bearer ${ben.token}` },
          })
        ).status,
      ).toBe(200);

    const exported = await exportOf(t, admin, 'MAYA CHEN');
    if (!exported.body.ok) throw new Error(exported.body.error);
    const data = exported.body.data;
    expect(data.requests.map((r) => [r.id, r.text, r.screenshot?.type])).toEqual([
      [mayaAt1, 'Printer says offline', 'image/jpeg'],
      [mayaAt2, 'Cannot sign in', 'image/jpeg'],
    ]);
    expect(data.requests.every((r) => r.events.some((e) => e.kind === 'message'))).toBe(true);
    expect(data.devices.map((d) => d.name)).toEqual(['lab-pc-01', 'lab-pc-02']);
    expect(data.accessLog.map((line) => [line.userName, line.what, line.requestId])).toEqual([
      ['Ben Ito', 'screenshot', mayaAt1],
    ]);
    expect(JSON.stringify(data)).not.toContain('No sound');
    // Narrowed to one computer: the Maya who asked there.
    const narrowed = await exportOf(t, admin, 'Maya Chen', pc2.deviceId);
    expect(narrowed.body.ok && narrowed.body.data.requests.map((r) => r.id)).toEqual([mayaAt2]);
    // Nobody of that name: empty, not an error.
    const nobody = await exportOf(t, admin, 'Zed');
    expect(nobody.body.ok && nobody.body.data.requests).toEqual([]);

    // Advisors are refused; a blank or missing name is bad input; nothing changes either way.
    const { db } = t.hub.database;
    const before = await tableCounts(db);
    expect((await exportOf(t, ben.token, 'Maya Chen')).body).toEqual(FORBIDDEN);
    expect((await deleteOf(t, ben.token, 'Maya Chen')).body).toEqual(FORBIDDEN);
    for (const bad of ['   ', ''])
      expect((await deleteOf(t, admin, bad)).body).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    const missing = await t.http('/api/privacy/requesters/delete', { token: admin, body: {} });
    expect(missing.body).toEqual({ ok: false, error: 'invalid-payload' });
    // The old forms, with the name in the address, are gone: nothing answers them.
    const byQuery = '/api/privacy/requesters?name=Maya%20Chen';
    expect((await t.http(byQuery, { token: admin, method: 'DELETE' })).status).toBe(404);
    expect(
      (await t.http(`${byQuery.replace('requesters', 'requesters/export')}`, { token: admin }))
        .status,
    ).toBe(404);
    expect(await tableCounts(db)).toEqual(before);

    expect((await deleteOf(t, admin, 'maya chen')).body).toEqual({
      ok: true,
      data: { devices: 0, requests: 2, screenshots: 2, accessLogLines: 1 },
    });
    expect(
      await whereStillFound(db, [mayaAt1, mayaAt2, 'Printer says offline', 'Cannot sign in']),
    ).toEqual([]);
    expect(await whereStillFound(db, ['Maya', 'maya'])).toEqual([]);
    const after = await exportOf(t, admin, 'Maya Chen');
    expect(after.body.ok && after.body.data.requests).toEqual([]);

    // Noah's request, its look, and both computers are as they were.
    const noahLeft = await exportOf(t, admin, 'Noah');
    if (!noahLeft.body.ok) throw new Error(noahLeft.body.error);
    expect(noahLeft.body.data.requests.map((r) => [r.id, r.screenshot?.type])).toEqual([
      [noah, 'image/jpeg'],
    ]);
    expect(noahLeft.body.data.accessLog).toHaveLength(1);
    for (const pc of [pc1, pc2]) {
      const device = await t.http(`/api/devices/${pc.deviceId}`, { token: admin });
      expect(device.status).toBe(200);
      expect(pc.agent.connected).toBe(true);
    }
  });
});
