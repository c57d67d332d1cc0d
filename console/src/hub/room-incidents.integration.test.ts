// On a real hub with a clock the test moves: requests from one room about one thing within the
// coordinator's window become one incident, which later requests of that room and category join;
// the requesters read that others asked too. Other rooms, other categories, requests from no room
// and requests outside the window stay on their own. The thresholds are settings, validated.
import { describe, expect } from 'vitest';
import type { HubSettingsView } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { raiseHand } from './testing/raise-hand.ts';
import {
  computersIn,
  internetFrom,
  pushesFor,
  requestNow,
  trayView,
} from './testing/room-incidents.ts';

const MINUTE_MS = 60_000;
const JOINED_LINE = 'Others in Room 12 asked about the same thing. We know, and someone is on it.';

describe('room incidents form by themselves', () => {
  const clock = manualClock('2026-12-07T09:00:00Z');
  const test = hubTest.override('hubOptions', { clock });

  test('three Internet requests from Room 12 within 10 minutes become one incident; a fourth joins it', async ({
    t,
    admin,
    coordinator,
  }) => {
    const [pc1, pc2, pc3, pc4] = await computersIn(t, admin, 'Room 12', 4);
    const [other] = await computersIn(t, admin, 'Room 14', 1);
    if (!pc1 || !pc2 || !pc3 || !pc4 || !other) throw new Error('computers missing');

    const first = await internetFrom(pc1);
    clock.advance(4 * MINUTE_MS);
    const second = await internetFrom(pc2);
    // Another category in the same room, and the same category in another room, stay apart.
    const printer = await raiseHand(pc3.agent, { category: 'printer', text: 'Paper jam' });
    const elsewhere = await internetFrom(other);
    expect((await requestNow(t, admin, second)).incidentId).toBeNull();

    clock.advance(6 * MINUTE_MS);
    const grouped = pushesFor(coordinator, [first, second], (r) => r.incidentId !== null);
    const third = await internetFrom(pc3, 'The Wi-Fi is gone');
    const pushed = await grouped;
    const incidentId = (await requestNow(t, admin, third)).incidentId;
    expect(incidentId).not.toBeNull();
    expect([...pushed.values()].map((r) => r.incidentId)).toEqual([incidentId, incidentId]);
    for (const id of [first, second])
      expect((await requestNow(t, admin, id)).incidentId).toBe(incidentId);
    for (const id of [printer, elsewhere])
      expect((await requestNow(t, admin, id)).incidentId).toBeNull();

    // Each requester reads, once, that others asked too; staff see the same line.
    for (const [computer, id] of [
      [pc1, first],
      [pc2, second],
      [pc3, third],
    ] as const) {
      const lines = (await trayView(computer, id)).messages.filter(
        (m) => m.kind === 'incident-joined',
      );
      expect(lines).toEqual([expect.objectContaining({ from: 'helper', body: JOINED_LINE })]);
    }

    // Long after the window, a fourth from the room joins the incident that is still open.
    clock.advance(45 * MINUTE_MS);
    const fourth = await internetFrom(pc4);
    expect((await requestNow(t, admin, fourth)).incidentId).toBe(incidentId);
    const listed = await coordinator.emitWithAck('requests:list', {});
    const members = listed.ok ? listed.data.filter((r) => r.incidentId === incidentId) : [];
    expect(members.map((r) => r.id).toSorted()).toEqual([first, second, third, fourth].toSorted());
  });

  test('six requests from a room sent in the same moment form one incident, each told once', async ({
    t,
    admin,
  }) => {
    const computers = await computersIn(t, admin, 'Room 12', 6);
    const ids = await Promise.all(computers.map((computer) => internetFrom(computer)));
    const incidents = new Set<string | null>();
    for (const [index, id] of ids.entries()) {
      incidents.add((await requestNow(t, admin, id)).incidentId);
      const lines = (await trayView(computers[index]!, id)).messages.filter(
        (m) => m.kind === 'incident-joined',
      );
      expect(lines).toHaveLength(1);
    }
    expect(incidents.size).toBe(1);
    expect(incidents.has(null)).toBe(false);
  });

  test('the third request 10 minutes and 1 second after the first makes no incident', async ({
    t,
    admin,
  }) => {
    const [pc1, pc2, pc3] = await computersIn(t, admin, 'Room 12', 3);
    if (!pc1 || !pc2 || !pc3) throw new Error('computers missing');
    const first = await internetFrom(pc1);
    clock.advance(5 * MINUTE_MS);
    const second = await internetFrom(pc2);
    clock.advance(5 * MINUTE_MS + 1_000);
    const third = await internetFrom(pc3);
    for (const id of [first, second, third]) {
      const request = await requestNow(t, admin, id);
      expect(request.incidentId).toBeNull();
      expect(request.events.map((e) => e.kind)).not.toContain('incident-joined');
    }
  });

  test('requests from computers in no room never group', async ({ t, admin, agent }) => {
    const ids = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(await raiseHand(agent, { category: 'internet', text: 'No internet' }));
    for (const id of ids) expect((await requestNow(t, admin, id)).incidentId).toBeNull();
  });

  test('the thresholds are settings: 3 in 10 minutes unless the coordinator chooses, within bounds', async ({
    t,
    admin,
  }) => {
    const read = await t.http<HubSettingsView>('/api/settings', { token: admin });
    expect(read.body.ok && read.body.data).toMatchObject({
      incidentMinRequests: 3,
      incidentWindowMinutes: 10,
    });
    const put = (body: Record<string, unknown>) =>
      t.http<HubSettingsView>('/api/settings', {
        token: admin,
        method: 'PUT',
        body: { hubAddress: null, retentionDays: 365, ...body },
      });
    for (const incidentMinRequests of [1, 21, 2.5, '3', null])
      expect((await put({ incidentMinRequests })).status).toBe(400);
    for (const incidentWindowMinutes of [0, 121, 1.5, '10', null])
      expect((await put({ incidentWindowMinutes })).status).toBe(400);
    const unchanged = await t.http<HubSettingsView>('/api/settings', { token: admin });
    expect(unchanged.body.ok && unchanged.body.data.incidentMinRequests).toBe(3);

    const saved = await put({ incidentMinRequests: 2, incidentWindowMinutes: 1 });
    expect(saved.body.ok && saved.body.data).toMatchObject({
      incidentMinRequests: 2,
      incidentWindowMinutes: 1,
    });
    // Two now make an incident, within one minute.
    const [pc1, pc2, pc3] = await computersIn(t, admin, 'Room 12', 3);
    if (!pc1 || !pc2 || !pc3) throw new Error('computers missing');
    const first = await internetFrom(pc1);
    clock.advance(MINUTE_MS + 1_000);
    const late = await internetFrom(pc2);
    expect((await requestNow(t, admin, late)).incidentId).toBeNull();
    const paired = await internetFrom(pc3);
    const incidentId = (await requestNow(t, admin, paired)).incidentId;
    expect(incidentId).not.toBeNull();
    expect((await requestNow(t, admin, late)).incidentId).toBe(incidentId);
    expect((await requestNow(t, admin, first)).incidentId).toBeNull();

    // An advisor may read the settings but not change them.
    const advisor = await t.http('/api/users', {
      token: admin,
      body: {
        username: 'ana',
        password: 'advisor-password-1',
        role: 'advisor',
        advisorKind: 'teacher',
      },
    });
    expect(advisor.body.ok).toBe(true);
    const session = await t.http<{ token: string }>('/api/session', {
      body: { username: 'ana', password: 'advisor-password-1' },
    });
    const token = session.body.ok ? session.body.data.token : '';
    const refused = await t.http('/api/settings', {
      token,
      method: 'PUT',
      body: { hubAddress: null, retentionDays: 365, incidentMinRequests: 5 },
    });
    expect(refused.body).toEqual({ ok: false, error: 'forbidden' });
    const after = await t.http<HubSettingsView>('/api/settings', { token: admin });
    expect(after.body.ok && after.body.data.incidentMinRequests).toBe(2);
  });
});
