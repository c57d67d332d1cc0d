// What agents cost their computers: each report's `cost` is kept per computer, judged against the
// coordinator's budget in its details and in `GET /api/fleet/agent-cost` (the whole fleet for the
// coordinator, a teacher advisor's scope, never a student advisor's). Bad figures are refused
// with the report and change nothing; a budget outside its bounds is refused and changes nothing.
import { describe, expect } from 'vitest';
import {
  fleetAgentCostSchema,
  type AgentCost,
  type DeviceDetail,
  type FleetAgentCost,
  type HubSettingsView,
} from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { hashesOf, sampleSections } from './testing/sample-inventory.ts';
import { advisorConsole, computerIn } from './testing/school.ts';
import type { TestHub } from './testing/test-hub.ts';

const MIB = 2 ** 20;
const HOUR_MS = 3_600_000;
const PATH = '/api/fleet/agent-cost';

/** Figures for a four-hour period, with these changes. */
const cost = (parts: Partial<AgentCost> = {}): AgentCost => ({
  since: '2026-12-01T08:00:00.000Z',
  periodMs: 4 * HOUR_MS,
  cpuMs: 2_880, // 0.02 % of one core over four hours
  toolsCpuMs: 1_440,
  peakRssBytes: 64 * MIB,
  reconnects: 0,
  sections: { os: 40, hardware: 310, software: 420, updates: 900, hotfixes: 5, state: 120 },
  runtime: 'service',
  ...parts,
});

const test = hubTest.extend('fleet', async ({ t, admin }) => ({
  light: await computerIn(t, admin, 'lab-1', 'Lab', {}, cost()),
  // A tray agent whose Electron main process grew to 210 MiB.
  heavy: await computerIn(
    t,
    admin,
    'lab-2',
    'Lab',
    {},
    cost({ peakRssBytes: 210 * MIB, runtime: 'tray' }),
  ),
  // A Windows Update search that took three minutes, and two reconnects.
  slow: await computerIn(
    t,
    admin,
    'lib-1',
    'Library',
    {},
    cost({ sections: { updates: 180_000, software: 2_000 }, reconnects: 2 }),
  ),
  // Checked in two minutes after the last: its CPU share is not judged.
  brief: await computerIn(
    t,
    admin,
    'lib-2',
    'Library',
    {},
    cost({ periodMs: 120_000, cpuMs: 9_000, toolsCpuMs: 3_000 }),
  ),
  // An earlier agent: no figures.
  older: await computerIn(t, admin, 'lib-3', 'Library'),
}));

const fleetOf = async (t: TestHub, token: string) => {
  const answer = await t.http<FleetAgentCost>(PATH, { token });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return fleetAgentCostSchema.parse(answer.body.data);
};

const detailOf = async (t: TestHub, token: string, deviceId: string) => {
  const answer = await t.http<DeviceDetail>(`/api/devices/${deviceId}`, { token });
  if (!answer.body.ok) throw new Error(answer.body.error);
  return answer.body.data;
};

describe("agents' own cost", () => {
  test('is judged against the default budget in the fleet figures', async ({ t, admin, fleet }) => {
    const figures = await fleetOf(t, admin);
    expect(figures).toMatchObject({
      budget: {
        agentCpuBudgetPercent: 1,
        agentMemoryBudgetMiB: 150,
        agentCollectionBudgetSeconds: 120,
      },
      reported: 4,
      notReported: 1,
      overBudget: 2,
      overBy: { cpu: 0, memory: 1, collection: 1 },
      reconnected: 1,
    });
    // The brief period's CPU share is left out: three of four have one.
    expect(figures.cpuPercent).toMatchObject({ reported: 3, median: 0.03, max: 0.03 });
    expect(figures.peakMemoryMiB).toMatchObject({ reported: 4, median: 64, max: 210 });
    expect(figures.collectionSeconds).toMatchObject({ reported: 4, median: 0.9, max: 180 });
    expect(figures.collectionSeconds.buckets.at(-1)).toEqual({ upTo: null, count: 0 });
    expect(figures.collectionSeconds.buckets.find((b) => b.upTo === 300)).toEqual({
      upTo: 300,
      count: 1,
    });
    expect(figures.devices.map((d) => [d.name, d.overBudget])).toEqual([
      ['lab-2', ['memory']],
      ['lib-1', ['collection']],
      ['lab-1', []],
      ['lib-2', []],
    ]);
    expect(figures.devices[1]).toEqual({
      id: fleet.slow.deviceId,
      name: 'lib-1',
      room: 'Library',
      agentVersion: expect.any(String) as string,
      reportedAt: expect.any(String) as string,
      cpuPercent: 0.03,
      peakMemoryMiB: 64,
      collectionSeconds: 180,
      reconnects: 2,
      overBudget: ['collection'],
    });
  });

  test("shows in a computer's details, and follows a budget the coordinator changes", async ({
    t,
    admin,
    fleet,
  }) => {
    const heavy = await detailOf(t, admin, fleet.heavy.deviceId);
    expect(heavy.agentCost).toMatchObject({
      runtime: 'tray',
      peakRssBytes: 210 * MIB,
      cpuPercent: 0.03,
      collectionMs: 900,
      overBudget: ['memory'],
    });
    expect((await detailOf(t, admin, fleet.brief.deviceId)).agentCost?.cpuPercent).toBeNull();
    expect(await detailOf(t, admin, fleet.older.deviceId)).not.toHaveProperty('agentCost');

    const settings = await t.http<HubSettingsView>('/api/settings', { token: admin });
    if (!settings.body.ok) throw new Error(settings.body.error);
    const saved = await t.http<HubSettingsView>('/api/settings', {
      token: admin,
      method: 'PUT',
      body: {
        hubAddress: settings.body.data.hubAddress,
        retentionDays: settings.body.data.retentionDays,
        agentMemoryBudgetMiB: 256,
        agentCpuBudgetPercent: 0.1,
      },
    });
    expect(saved.body.ok && saved.body.data.agentMemoryBudgetMiB).toBe(256);
    expect((await detailOf(t, admin, fleet.heavy.deviceId)).agentCost?.overBudget).toEqual([]);
    const figures = await fleetOf(t, admin);
    expect(figures).toMatchObject({ overBudget: 1, overBy: { memory: 0, collection: 1 } });
  });

  test('replaces the figures at the next report, whatever else it carries', async ({
    t,
    fleet,
    admin,
  }) => {
    const sections = sampleSections({
      os: { ...sampleSections().os, hostname: 'lab-2' },
    });
    // A delta that changes no section still carries the agent's figures.
    const answer = await fleet.heavy.agent.emitWithAck('inventory:report', {
      kind: 'delta',
      collectedAt: new Date().toISOString(),
      hashes: hashesOf(sections),
      sections: {},
      notes: [],
      cost: cost({ peakRssBytes: 90 * MIB, reconnects: 1 }),
    });
    expect(answer.ok).toBe(true);
    expect((await detailOf(t, admin, fleet.heavy.deviceId)).agentCost).toMatchObject({
      peakRssBytes: 90 * MIB,
      reconnects: 1,
      overBudget: [],
    });
  });

  test('refuses bad figures with the report and keeps what it had', async ({ t, admin, fleet }) => {
    const before = await detailOf(t, admin, fleet.light.deviceId);
    // Each would rename the computer, were its figures good (five: the rate allows six a minute).
    const renamed = sampleSections({ os: { ...sampleSections().os, hostname: 'renamed' } });
    for (const bad of [
      { ...cost(), cpuMs: -5 },
      { ...cost(), peakRssBytes: 1.5 },
      { ...cost(), sections: { printers: 10 } },
      { ...cost(), runtime: 'daemon' },
      { ...cost(), extra: true },
    ]) {
      const answer = await fleet.light.agent.emitWithAck('inventory:report', {
        kind: 'delta',
        collectedAt: new Date().toISOString(),
        hashes: hashesOf(renamed),
        sections: { os: renamed.os },
        notes: [],
        cost: bad,
      } as never);
      expect(answer).toEqual({ ok: false, error: 'invalid-payload' });
    }
    const after = await detailOf(t, admin, fleet.light.deviceId);
    expect(after.agentCost).toEqual(before.agentCost);
    expect(after.os?.hostname).toBe('lab-1');
  });

  test("gives a teacher advisor their scope's agents and refuses a student advisor", async ({
    t,
    admin,
    fleet,
  }) => {
    const tom = await advisorConsole(t, admin, {
      username: 'tom',
      displayName: 'Tom Reyes',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    });
    const scoped = await fleetOf(t, tom.token);
    expect(scoped).toMatchObject({ reported: 2, notReported: 1, overBudget: 1 });
    expect(scoped.devices.map((d) => d.id)).toEqual([fleet.slow.deviceId, fleet.brief.deviceId]);

    const ana = await advisorConsole(t, admin, {
      username: 'ana',
      displayName: 'Ana Ruiz',
      advisorKind: 'student',
      scope: { sites: [], rooms: ['Lab'] },
    });
    const refused = await t.http(PATH, { token: ana.token });
    expect([refused.status, refused.body]).toEqual([403, { ok: false, error: 'forbidden' }]);
    // Nor may a student change the budget.
    const changed = await t.http('/api/settings', {
      token: ana.token,
      method: 'PUT',
      body: { hubAddress: null, retentionDays: 365, agentMemoryBudgetMiB: 4096 },
    });
    expect(changed.status).toBe(403);
    expect((await fleetOf(t, admin)).budget.agentMemoryBudgetMiB).toBe(150);
  });

  test('refuses a budget outside its bounds and changes nothing', async ({ t, admin }) => {
    for (const part of [
      { agentMemoryBudgetMiB: 5 },
      { agentMemoryBudgetMiB: 100.5 },
      { agentCpuBudgetPercent: 0 },
      { agentCpuBudgetPercent: 101 },
      { agentCollectionBudgetSeconds: 4 },
      { agentCollectionBudgetSeconds: '60' },
    ]) {
      const answer = await t.http('/api/settings', {
        token: admin,
        method: 'PUT',
        body: { hubAddress: null, retentionDays: 365, ...part },
      });
      expect([answer.status, answer.body]).toEqual([400, { ok: false, error: 'invalid-payload' }]);
    }
    expect((await fleetOf(t, admin)).budget).toEqual({
      agentCpuBudgetPercent: 1,
      agentMemoryBudgetMiB: 150,
      agentCollectionBudgetSeconds: 120,
    });
  });
});
