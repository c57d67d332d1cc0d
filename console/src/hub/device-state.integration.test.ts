// The computer's state section and the planning hardware, end to end: stored with their hash,
// read back in a computer's details, kept in step like the other sections, absent (null) from
// earlier agents; and who reads them: a student advisor helping sees neither identifiers nor the
// names of the people signed in, a teacher sees everything in scope, anyone else nothing.
import { describe, expect } from 'vitest';
import type {
  Device,
  DeviceDetail,
  HelpRequestDetail,
  InventoryReport,
  InventorySections,
  SectionHashes,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { raiseHand } from './testing/raise-hand.ts';
import {
  IDENTIFIERS,
  MODEL_ID,
  PEOPLE,
  richHardware,
  richSections,
  richState,
  STATE_ONLY_IP,
} from './testing/rich-inventory.ts';
import { fullReport, hashesOf, sampleSections } from './testing/sample-inventory.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import type { AgentClient, TestHub } from './testing/test-hub.ts';

const deltaOf = (
  hashes: SectionHashes,
  sections: Partial<InventorySections> = {},
): InventoryReport => ({
  kind: 'delta',
  collectedAt: new Date().toISOString(),
  hashes,
  sections,
  notes: [],
});

const detailOf = async (t: TestHub, token: string, deviceId: string) => {
  const answer = await t.http<DeviceDetail>(`/api/devices/${deviceId}`, { token });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
};

const report = (agent: AgentClient, body: InventoryReport) =>
  agent.emitWithAck('inventory:report', body);

describe('the state section', () => {
  hubTest(
    'is stored with its hash and read back; left out, it must match what the hub holds',
    async ({ t, admin, coordinator, device, agent }) => {
      const sections = richSections();
      expect(await report(agent, fullReport(sections))).toEqual({
        ok: true,
        data: { status: 'stored' },
      });
      const stored = await detailOf(t, admin, device.deviceId);
      expect(stored.state).toEqual(richState());
      expect(stored.hardware).toEqual(richHardware());
      const viaSocket = await coordinator.emitWithAck('device:get', { deviceId: device.deviceId });
      expect(viaSocket.ok && viaSocket.data.state).toEqual(richState());

      // In step: nothing to store.
      expect(await report(agent, deltaOf(hashesOf(sections)))).toEqual({
        ok: true,
        data: { status: 'unchanged' },
      });
      // The agent's state differs from the hub's, without the section: everything, please.
      const outOfStep = deltaOf({ ...hashesOf(sections), state: 'c'.repeat(64) });
      expect(await report(agent, outOfStep)).toEqual({ ok: true, data: { status: 'need-full' } });
      expect((await detailOf(t, admin, device.deviceId)).state).toEqual(richState());
      // A state section that does not match its hash is refused and changes nothing.
      const lying = deltaOf(
        { ...hashesOf(sections), state: 'd'.repeat(64) },
        { state: richState({ loggedInUsers: [] }) },
      );
      expect(await report(agent, lying)).toEqual({ ok: false, error: 'invalid-payload' });
      expect((await detailOf(t, admin, device.deviceId)).state).toEqual(richState());

      // Someone else signs in: the delta carries the state alone.
      const state = richState({ loggedInUsers: ['carla.mendes'] });
      const next = { ...sections, state };
      expect(await report(agent, deltaOf(hashesOf(next), { state }))).toEqual({
        ok: true,
        data: { status: 'stored' },
      });
      expect((await detailOf(t, admin, device.deviceId)).state?.loggedInUsers).toEqual([
        'carla.mendes',
      ]);
    },
  );

  hubTest(
    "an earlier agent's report (no state, no hash) stores and reads back `state: null`",
    async ({ t, admin, device, agent }) => {
      const sections = sampleSections();
      expect(sections.state).toBeUndefined();
      expect(await report(agent, fullReport(sections))).toEqual({
        ok: true,
        data: { status: 'stored' },
      });
      const detail = await detailOf(t, admin, device.deviceId);
      expect(detail.state).toBeNull();
      expect(detail.hardware).toEqual(sections.hardware);
      // Its deltas are in step, state or no state.
      expect(await report(agent, deltaOf(hashesOf(sections)))).toEqual({
        ok: true,
        data: { status: 'unchanged' },
      });
    },
  );

  hubTest(
    'a report without a state hash leaves no stale state behind',
    async ({ t, admin, device, agent }) => {
      const sections = richSections();
      await report(agent, fullReport(sections));
      const withoutState = { ...sections, state: undefined };
      expect(await report(agent, deltaOf(hashesOf(withoutState)))).toEqual({
        ok: true,
        data: { status: 'stored' },
      });
      expect((await detailOf(t, admin, device.deviceId)).state).toBeNull();
      // Nor does a later report claiming a state the hub no longer holds pass as in step.
      expect(await report(agent, deltaOf(hashesOf(sections)))).toEqual({
        ok: true,
        data: { status: 'need-full' },
      });
    },
  );

  hubTest(
    "adds the state's addresses to the list's search identifiers",
    async ({ t, admin, device, agent }) => {
      await report(agent, fullReport(richSections()));
      const list = await t.http<Device[]>('/api/devices', { token: admin });
      const row = list.body.ok ? list.body.data.find((d) => d.id === device.deviceId) : undefined;
      // The hardware's one address, then the state's; loopback and link-local left out.
      expect(row?.identifiers.ips).toEqual(['10.0.0.5', STATE_ONLY_IP, '2001:db8::21']);
      expect(row?.identifiers.serial).toBe(IDENTIFIERS.serial);
    },
  );
});

/** Every identifier and name the rich inventory carries that appears in `json`. */
const leaked = (json: string) =>
  [...Object.values(IDENTIFIERS), ...Object.values(PEOPLE)].filter((value) => json.includes(value));
const ALL = [...Object.values(IDENTIFIERS), ...Object.values(PEOPLE)];

describe('who reads the state and the planning hardware', () => {
  hubTest(
    'a student helping sees neither identifiers nor user names; a teacher in scope sees all; others nothing',
    async ({ t, admin, coordinator }) => {
      const pc = await computerIn(t, admin, 'lab-pc-07', 'Room 12', {
        hardware: richHardware(),
        state: richState(),
      });
      const ana = await advisorConsole(t, admin, {
        username: 'ana',
        displayName: 'Ana Ruiz',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const leo = await advisorConsole(t, admin, {
        username: 'leo',
        displayName: 'Leo Park',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const tom = await advisorConsole(t, admin, {
        username: 'tom',
        displayName: 'Tom Reyes',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Room 12'] },
      });
      const elsewhere = await advisorConsole(t, admin, {
        username: 'eva',
        displayName: 'Eva Lund',
        advisorKind: 'teacher',
        scope: { sites: [], rooms: ['Library'] },
      });
      const requestId = await raiseHand(pc.agent, {
        category: 'internet',
        text: 'Offline',
        snapshot: { os: sampleSections().os, hardware: richHardware() },
      });
      const assigned = await coordinator.emitWithAck('request:assign', {
        requestId,
        assigneeId: ana.user.id,
      });
      expect(assigned).toMatchObject({ ok: true });

      // Ana, helping: the details, the live-list socket's copy and the request's snapshot.
      const http = await t.http<DeviceDetail>(`/api/devices/${pc.deviceId}`, { token: ana.token });
      const socket = await ana.socket.emitWithAck('device:get', { deviceId: pc.deviceId });
      const request = await t.http<HelpRequestDetail>(`/api/requests/${requestId}`, {
        token: ana.token,
      });
      const viaSocket = await ana.socket.emitWithAck('request:get', { requestId });
      for (const answer of [http.body, socket, request.body, viaSocket]) {
        expect(answer.ok).toBe(true);
        expect(leaked(JSON.stringify(answer))).toEqual([]);
      }
      // What she needs to help is there: the model id, the state without people or MACs.
      const shown = http.body.ok ? http.body.data : null;
      expect(shown?.hardware?.modelId).toBe(MODEL_ID);
      expect(shown?.hardware?.batteries).toEqual([{ model: '5B10W13930', healthPercent: 71 }]);
      expect(shown?.state).toEqual({
        ...richState(),
        loggedInUsers: undefined,
        lastLoggedInUser: undefined,
        interfaces: [{ ...richState().interfaces![0], mac: undefined }],
      });
      expect(request.body.ok && request.body.data.snapshot?.hardware?.modelId).toBe(MODEL_ID);

      // Tom, a teacher of the room, reads everything; the coordinator too.
      for (const token of [tom.token, admin]) {
        const full = await t.http<DeviceDetail>(`/api/devices/${pc.deviceId}`, { token });
        expect(leaked(JSON.stringify(full.body)).sort()).toEqual([...ALL].sort());
      }

      // Leo, a student not helping, and Eva, out of scope: not found, over HTTP and the socket.
      for (const who of [leo, elsewhere]) {
        const refused = await t.http(`/api/devices/${pc.deviceId}`, { token: who.token });
        expect([refused.status, refused.body]).toEqual([404, { ok: false, error: 'not-found' }]);
        expect(await who.socket.emitWithAck('device:get', { deviceId: pc.deviceId })).toEqual({
          ok: false,
          error: 'not-found',
        });
      }
      // Reading changed nothing: the coordinator's copy still names everyone.
      const after = await detailOf(t, admin, pc.deviceId);
      expect(after.state).toEqual(richState());
    },
  );
});
