// Device identity on a real hub with real sockets: what an agent says about its computer never
// hands it an existing device; a re-imaged lab is linked to its history in one step.
import { describe, expect } from 'vitest';
import { hubTest } from './testing/hub-test.ts';
import {
  PROTOCOL_VERSION,
  type Device,
  type DeviceDetail,
  type DeviceIdentity,
  type Enrolled,
  type HelpRequest,
  type HelpRequestDetail,
  type ReinstallRule,
  type ReinstallsView,
} from '@handraise/shared';
import { createAdvisor } from './testing/advisor.ts';
import { nextEvent, TEST_ENROLL_TOKEN } from './testing/test-hub.ts';
import { raiseHand } from './testing/raise-hand.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A hub with a coordinator (hub-test.ts), and this file's ways of using it. */
const reinstallTest = hubTest
  /** Enrolls what an agent would say about its computer, as the agent does. */
  .extend('enroll', async ({ t }) => async (identity: DeviceIdentity): Promise<Enrolled> => {
    const { body } = await t.http<Enrolled>('/api/enroll', {
      body: { token: TEST_ENROLL_TOKEN, identity, protocolVersion: PROTOCOL_VERSION },
    });
    if (!body.ok) throw new Error(body.error);
    return body.data;
  })
  /** A GET as the coordinator (or `token`), answering the data. */
  .extend('get', async ({ t, admin }) => async <T>(path: string, token = admin): Promise<T> => {
    const { body } = await t.http<T>(path, { token });
    if (!body.ok) throw new Error(`${path}: ${body.error}`);
    return body.data;
  })
  /** The texts of a device's requests, as the console lists them. */
  .extend(
    'requestsOf',
    async ({ get }) =>
      async (deviceId: string) =>
        (await get<HelpRequest[]>(`/api/requests?deviceId=${deviceId}`)).map((r) => r.text),
  );

describe('device identity and re-installed computers', () => {
  reinstallTest(
    'files two computers whose serial reads "-" as two devices, and suggests no link',
    async ({ t, enroll, get, requestsOf }) => {
      const a = await enroll({ hostname: 'lab-01', serial: '-', macs: ['00:1b:21:3a:4f:10'] });
      const b = await enroll({ hostname: 'lab-02', serial: '-', macs: ['00:1b:21:3a:4f:20'] });
      expect(a.deviceId).not.toBe(b.deviceId);
      const [agentA, agentB] = await Promise.all([t.connectAgent(a), t.connectAgent(b)]);
      await raiseHand(agentA, { category: 'other', text: 'from lab-01' });
      await raiseHand(agentB, { category: 'other', text: 'from lab-02' });
      const devices = await get<Device[]>('/api/devices');
      expect(devices.map((d) => [d.name, d.online]).sort()).toEqual([
        ['lab-01', true],
        ['lab-02', true],
      ]);
      expect(await requestsOf(a.deviceId)).toEqual(['from lab-01']);
      expect((await get<ReinstallsView>('/api/reinstalls')).suggestions).toEqual([]);
    },
  );

  reinstallTest(
    "gives a token holder who presents another computer's identity a device of its own, and nothing of the other's",
    async ({ t, admin, enroll, get, requestsOf }) => {
      const identity = {
        hostname: 'office-pc',
        machineId: 'd3b07384d113edec49eaa6238ad5ff00',
        uuid: '4C4C4544-0046-4810-8057-B3C04F385A31',
        serial: 'HLG964J',
      };
      const real = await enroll(identity);
      const realAgent = await t.connectAgent(real);
      const requestId = await raiseHand(realAgent, {
        category: 'other',
        text: 'The printer in the office jams',
      });

      // A rule left on must not change this: the real computer is connected.
      const rule = await t.http('/api/reinstalls/rule', {
        method: 'PUT',
        token: admin,
        body: { acceptUntil: new Date(Date.now() + 30 * DAY_MS).toISOString() },
      });
      expect(rule.status).toBe(200);

      const copy = await enroll(identity);
      expect(copy.deviceId).not.toBe(real.deviceId);
      expect(copy.secret).not.toBe(real.secret);
      const copyAgent = await t.connectAgent(copy);
      const theirs = await copyAgent.emitWithAck('help:list', {});
      expect(theirs).toEqual({ ok: true, data: [] });
      const reply = await copyAgent.emitWithAck('help:reply', {
        requestId,
        idempotencyKey: crypto.randomUUID(),
        text: 'read your request',
      });
      expect(reply).toEqual({ ok: false, error: 'not-found' });

      // The real agent keeps its record, its secret and its requests.
      expect(realAgent.connected).toBe(true);
      const mine = await realAgent.emitWithAck('help:list', {});
      expect(mine.ok && mine.data.map((r) => r.id)).toEqual([requestId]);
      expect(await requestsOf(real.deviceId)).toEqual(['The printer in the office jams']);
      expect(await requestsOf(copy.deviceId)).toEqual([]);
      const reconnect = await t.connectAgent(real);
      expect(reconnect.connected).toBe(true);

      // The coordinator sees the claim, with both connected at once, and keeps them apart.
      const { suggestions } = await get<ReinstallsView>('/api/reinstalls');
      expect(suggestions).toHaveLength(1);
      expect(suggestions[0]).toMatchObject({
        deviceId: copy.deviceId,
        matchedBy: ['machine-id', 'hardware-uuid', 'serial'],
        previous: { id: real.deviceId, online: true, requests: 1 },
      });
      const kept = await t.http('/api/reinstalls/dismiss', {
        token: admin,
        body: { deviceIds: [copy.deviceId] },
      });
      expect(kept.body).toEqual({ ok: true, data: { kept: 1 } });
      expect((await get<ReinstallsView>('/api/reinstalls')).suggestions).toEqual([]);
      // A dismissed suggestion cannot be confirmed afterwards.
      const late = await t.http('/api/reinstalls/confirm', {
        token: admin,
        body: { deviceIds: [copy.deviceId] },
      });
      expect(late.body).toEqual({ ok: true, data: { linked: 0 } });
      expect(await requestsOf(real.deviceId)).toEqual(['The printer in the office jams']);
    },
  );

  reinstallTest(
    'links a re-imaged lab to its history in one step, and cuts off the old secrets',
    async ({ t, admin, enroll, get, requestsOf }) => {
      const lab = ['lab-01', 'lab-02', 'lab-03'].map((hostname, i) => ({
        hostname,
        uuid: `4C4C4544-0046-4810-8057-B3C04F385A3${i}`,
        machineId: `d3b07384d113edec49eaa6238ad5ff0${i}`,
      }));
      const before = await Promise.all(lab.map(enroll));
      const oldRequests: string[] = [];
      for (const [i, credentials] of before.entries()) {
        const agent = await t.connectAgent(credentials);
        oldRequests.push(
          await raiseHand(agent, { category: 'other', text: `request from ${lab[i]!.hostname}` }),
        );
        agent.disconnect();
      }

      // Summer: every disk is wiped; the OS (and its machine id) is new, the hardware is not.
      const after = await Promise.all(
        lab.map((pc, i) => enroll({ ...pc, machineId: `0badc0ffee0000000000000000000f0${i}` })),
      );
      const { suggestions } = await get<ReinstallsView>('/api/reinstalls');
      expect(suggestions).toHaveLength(3);
      expect(suggestions.every((s) => s.matchedBy.join() === 'hardware-uuid')).toBe(true);
      expect(suggestions.every((s) => !s.previous.online && s.previous.requests === 1)).toBe(true);

      const watcher = await t.connectConsole(admin);
      const removed = nextEvent<{ deviceId: string; replacedBy: string }>(
        watcher,
        'device:removed',
      );
      const linked = await t.http('/api/reinstalls/confirm', {
        token: admin,
        body: { deviceIds: suggestions.map((s) => s.deviceId) },
      });
      expect(linked.body).toEqual({ ok: true, data: { linked: 3 } });
      const removal = await removed;
      expect(before.map((b) => b.deviceId)).toContain(removal.deviceId);

      for (const [i, credentials] of after.entries()) {
        expect(await requestsOf(credentials.deviceId)).toEqual([
          `request from ${lab[i]!.hostname}`,
        ]);
        const detail = await get<DeviceDetail>(`/api/devices/${credentials.deviceId}`);
        expect(detail.previousRecords.map((r) => [r.name, r.linkedBy])).toEqual([
          [lab[i]!.hostname, 'Coordinator'],
        ]);
        // The history is the coordinator's; the new tray starts empty.
        const agent = await t.connectAgent(credentials);
        expect(await agent.emitWithAck('help:list', {})).toEqual({ ok: true, data: [] });
        // Nor can it answer for them: no reply, no "Fixed", and the request is as it was.
        const requestId = oldRequests[i]!;
        const before = await get<HelpRequestDetail>(`/api/requests/${requestId}`);
        for (const fixed of [true, false]) {
          const feedback = await agent.emitWithAck('help:feedback', {
            requestId,
            idempotencyKey: crypto.randomUUID(),
            fixed,
          });
          expect(feedback).toEqual({ ok: false, error: 'not-found' });
        }
        const reply = await agent.emitWithAck('help:reply', {
          requestId,
          idempotencyKey: crypto.randomUUID(),
          text: 'this was mine',
        });
        expect(reply).toEqual({ ok: false, error: 'not-found' });
        expect(await get<HelpRequestDetail>(`/api/requests/${requestId}`)).toEqual(before);
      }
      for (const old of before) {
        expect((await t.http(`/api/devices/${old.deviceId}`, { token: admin })).status).toBe(404);
        await expect(t.connectAgent(old)).rejects.toThrow('unauthorized');
      }
      expect((await get<Device[]>('/api/devices')).map((d) => d.id).sort()).toEqual(
        after.map((a) => a.deviceId).sort(),
      );
      expect((await get<ReinstallsView>('/api/reinstalls')).suggestions).toEqual([]);
    },
  );

  reinstallTest(
    'points every newcomer that claims one computer at that computer, never at another newcomer',
    async ({ t, admin, enroll, get }) => {
      const hardware = { uuid: '4C4C4544-0046-4810-8057-B3C04F385A99', serial: 'CZC1234XYZ' };
      const old = await enroll({ hostname: 'lab-old', machineId: 'a'.repeat(32), ...hardware });
      const first = await enroll({ hostname: 'lab-new', machineId: 'b'.repeat(32), ...hardware });
      const second = await enroll({
        hostname: 'lab-new-2',
        machineId: 'c'.repeat(32),
        ...hardware,
      });

      // Both are suggestions for the old record: the Review shows two claims on one computer
      // (and ticks neither), instead of offering to retire the first newcomer into the second.
      const { suggestions } = await get<ReinstallsView>('/api/reinstalls');
      expect(suggestions.map((s) => [s.deviceId, s.previous.id]).sort()).toEqual(
        [
          [first.deviceId, old.deviceId],
          [second.deviceId, old.deviceId],
        ].sort(),
      );

      // Linking one leaves the other unlinked, its record and secret intact.
      const { body } = await t.http<{ linked: number }>('/api/reinstalls/confirm', {
        token: admin,
        body: { deviceIds: [first.deviceId, second.deviceId] },
      });
      expect(body).toEqual({ ok: true, data: { linked: 1 } });
      const devices = (await get<{ id: string }[]>('/api/devices')).map((d) => d.id).sort();
      expect(devices).toEqual([first.deviceId, second.deviceId].sort());
      await (await t.connectAgent(second)).emitWithAck('help:list', {});
    },
  );

  reinstallTest(
    'links unasked while the coordinator rule is on, only offline computers on a strong match',
    async ({ t, admin, enroll, get, requestsOf }) => {
      const pc = { hostname: 'lab-07', serial: 'CZJ1280RQ2', macs: ['00:1b:21:3a:4f:70'] };
      const old = await enroll(pc);
      const oldAgent = await t.connectAgent(old);
      await raiseHand(oldAgent, { category: 'other', text: 'keyboard missing keys' });
      oldAgent.disconnect();

      const until = new Date(Date.now() + 30 * DAY_MS).toISOString();
      const set = await t.http<ReinstallRule>('/api/reinstalls/rule', {
        method: 'PUT',
        token: admin,
        body: { acceptUntil: until },
      });
      expect(set.body).toEqual({ ok: true, data: { acceptUntil: until } });

      const fresh = await enroll({ ...pc, machineId: '5e1f00d000000000000000000000000a' });
      expect(await requestsOf(fresh.deviceId)).toEqual(['keyboard missing keys']);
      const detail = await get<DeviceDetail>(`/api/devices/${fresh.deviceId}`);
      expect(detail.previousRecords.map((r) => [r.name, r.linkedBy])).toEqual([['lab-07', null]]);
      await expect(t.connectAgent(old)).rejects.toThrow('unauthorized');

      // Network addresses alone only suggest.
      const byMacOnly = await enroll({ hostname: 'lab-07b', macs: ['00:1b:21:3a:4f:70'] });

      // A cloned image: the same system id on a computer whose hardware ids differ. Suggested,
      // flagged, never linked by the rule; the computer it resembles keeps working.
      const imaged = { hostname: 'lab-09a', machineId: 'c1093d1e000000000000000000000001' };
      const original = await enroll({ ...imaged, uuid: 'aaaa0001-0000-4000-8000-000000000001' });
      const clone = await enroll({
        ...imaged,
        hostname: 'lab-09b',
        uuid: 'bbbb0002-0000-4000-8000-000000000002',
      });
      await expect(t.connectAgent(original)).resolves.toBeTruthy();

      // The right hardware from another room's token: suggested only.
      const { body: room } = await t.http<{ token: string }>('/api/enrollment-tokens', {
        token: admin,
        body: { room: 'Lab 9' },
      });
      if (!room.ok) throw new Error(room.error);
      const elsewhere = await t.http<Enrolled>('/api/enroll', {
        body: {
          token: room.data.token,
          identity: { hostname: 'lab-09c', uuid: 'aaaa0001-0000-4000-8000-000000000001' },
          protocolVersion: PROTOCOL_VERSION,
        },
      });
      if (!elsewhere.body.ok) throw new Error(elsewhere.body.error);

      const { suggestions } = await get<ReinstallsView>('/api/reinstalls');
      expect(suggestions.map((s) => [s.deviceId, s.matchedBy, s.conflicts]).sort()).toEqual(
        [
          [byMacOnly.deviceId, ['macs'], []],
          [clone.deviceId, ['machine-id'], ['hardware-uuid']],
          [elsewhere.body.data.deviceId, ['hardware-uuid'], []],
        ].sort(),
      );

      // Off again; no rule may run longer than a summer.
      const tooLong = await t.http('/api/reinstalls/rule', {
        method: 'PUT',
        token: admin,
        body: { acceptUntil: new Date(Date.now() + 400 * DAY_MS).toISOString() },
      });
      expect(tooLong.status).toBe(400);
      expect((await get<ReinstallsView>('/api/reinstalls')).rule).toEqual({ acceptUntil: until });
      const off = await t.http('/api/reinstalls/rule', {
        method: 'PUT',
        token: admin,
        body: { acceptUntil: null },
      });
      expect(off.body).toEqual({ ok: true, data: { acceptUntil: null } });
    },
  );

  reinstallTest(
    'lets only coordinators see or decide re-installs; bad bodies change nothing',
    async ({ t, admin, enroll, get }) => {
      const pc = { hostname: 'lab-09', serial: 'D8XD62J' };
      await enroll(pc);
      const second = await enroll(pc);
      const { token: advisor } = await createAdvisor(t, admin);
      const attempts = [
        { path: '/api/reinstalls', method: 'GET' },
        { path: '/api/reinstalls/confirm', body: { deviceIds: [second.deviceId] } },
        { path: '/api/reinstalls/dismiss', body: { deviceIds: [second.deviceId] } },
        { path: '/api/reinstalls/rule', method: 'PUT', body: { acceptUntil: null } },
      ];
      for (const { path, method, body } of attempts) {
        expect((await t.http(path, { method, body, token: advisor })).status, path).toBe(403);
        expect((await t.http(path, { method, body })).status, path).toBe(401);
      }
      for (const body of [{}, { deviceIds: [] }, { deviceIds: ['x'] }, { deviceIds: 'all' }]) {
        expect((await t.http('/api/reinstalls/confirm', { token: admin, body })).status).toBe(400);
      }
      const yesterday = new Date(Date.now() - DAY_MS).toISOString();
      for (const body of [
        { acceptUntil: 'tomorrow' },
        {},
        { acceptUntil: 5 },
        { acceptUntil: yesterday },
      ]) {
        const answer = await t.http('/api/reinstalls/rule', { method: 'PUT', token: admin, body });
        expect(answer.status).toBe(400);
      }
      const unknown = await t.http('/api/reinstalls/confirm', {
        token: admin,
        body: { deviceIds: [crypto.randomUUID()] },
      });
      expect(unknown.body).toEqual({ ok: true, data: { linked: 0 } });
      const view = await get<ReinstallsView>('/api/reinstalls');
      expect(view.suggestions.map((s) => s.deviceId)).toEqual([second.deviceId]);
      expect(view.rule).toEqual({ acceptUntil: null });
    },
  );
});

describe('one live connection per device', () => {
  hubTest(
    'lets a second connection with the same secret replace the first, and the device stays online',
    async ({ t }) => {
      const credentials = await t.enroll('room-3-pc');
      const first = await t.connectAgent(credentials);
      const dropped = nextEvent<string>(first, 'disconnect');
      const second = await t.connectAgent(credentials);
      expect(await dropped).toBe('io server disconnect');
      expect(second.connected).toBe(true);
      const listed = await second.emitWithAck('help:list', {});
      expect(listed.ok).toBe(true);
      const token = await t.signIn();
      const { body } = await t.http<Device[]>('/api/devices', { token });
      expect(body.ok && body.data.map((d) => d.online)).toEqual([true]);
    },
  );
});
