// Test support: a few school computers whose agents tell what they cost at check-in (CPU time,
// peak memory, section timings, reconnects), each enrolled with its room's token and reporting
// over a real agent socket: one within budget, one over on memory, one over on collection time,
// one whose period is too short for its CPU share to be judged, and one earlier agent that says
// nothing of its cost.
import type { AgentCost } from '@handraise/shared';
import { fullReport, sampleSections } from '../../../src/hub/testing/sample-inventory.ts';
import type { TestHub } from '../../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../../support/room-tokens.ts';

const MIB = 2 ** 20;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type CostComputer = { hostname: string; room: string; cost: AgentCost | null };

/** A cost over a period ending now, with the figures given and the rest of a quiet agent. */
function costOver(
  now: number,
  periodMs: number,
  figures: Partial<Omit<AgentCost, 'since' | 'periodMs'>>,
): AgentCost {
  return {
    since: new Date(now - periodMs).toISOString(),
    periodMs,
    cpuMs: 2_000,
    peakRssBytes: 60 * MIB,
    reconnects: 0,
    sections: { os: 40, hardware: 400, software: 1_200, updates: 800, state: 30 },
    runtime: 'service',
    ...figures,
  };
}

/** The fleet as it checks in (every period but the library's is four hours). */
export function agentCostFleet(now: number): CostComputer[] {
  return [
    // 2 s of its own and 1.5 s of its tools' CPU in 4 h: 0.02 % of a core; 60 MiB; 1.2 s.
    {
      hostname: 'lab-pc-1',
      room: 'Lab',
      cost: costOver(now, 4 * HOUR_MS, { toolsCpuMs: 1_500 }),
    },
    // The tray app holding 210 MiB (past 150), and two reconnects.
    {
      hostname: 'lab-pc-2',
      room: 'Lab',
      cost: costOver(now, 4 * HOUR_MS, {
        cpuMs: 14_400,
        peakRssBytes: 210 * MIB,
        reconnects: 2,
        runtime: 'tray',
      }),
    },
    // A Windows Update search of two and a half minutes (past two).
    {
      hostname: 'art-pc-1',
      room: 'Art room',
      cost: costOver(now, 4 * HOUR_MS, {
        peakRssBytes: 80 * MIB,
        sections: { os: 50, hardware: 900, software: 4_100, updates: 150_000, hotfixes: 2_300 },
      }),
    },
    // Back two minutes after a reconnect: 3 s of CPU in 2 min says nothing of the average.
    {
      hostname: 'library-pc-1',
      room: 'Library',
      cost: costOver(now, 2 * MINUTE_MS, {
        cpuMs: 3_000,
        peakRssBytes: 70 * MIB,
        reconnects: 1,
      }),
    },
    // An agent from before the cost was told.
    { hostname: 'office-pc-old', room: 'Staff room', cost: null },
  ];
}

/**
 * Enrolls each computer with its room's token (made with the coordinator's session), connects its
 * agent and sends a full inventory carrying its cost, as a real agent would; returns the device
 * ids by hostname.
 */
export async function reportCostFleet(
  t: TestHub,
  coordinatorToken: string,
  fleet: readonly CostComputer[],
): Promise<Map<string, string>> {
  const tokenFor = roomTokens(t, coordinatorToken);
  const ids = new Map<string, string>();
  for (const computer of fleet) {
    const credentials = await t.enroll(computer.hostname, await tokenFor(computer.room));
    const agent = await t.connectAgent(credentials);
    const sections = sampleSections({
      os: { ...sampleSections().os, hostname: computer.hostname },
    });
    const report = fullReport(sections);
    const reported = await agent.emitWithAck(
      'inventory:report',
      computer.cost ? { ...report, cost: computer.cost } : report,
    );
    if (!reported.ok) throw new Error(`inventory of ${computer.hostname}: ${reported.error}`);
    ids.set(computer.hostname, credentials.deviceId);
  }
  return ids;
}
