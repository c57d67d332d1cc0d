import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENT_BUDGET, type AgentCost } from '@handraise/shared';
import { createAgentCostTally, distribution, percentile } from './agent-cost-tally.ts';

const MIB = 2 ** 20;
const cost = (parts: Partial<AgentCost>): AgentCost & { reportedAt: string } => ({
  since: '2026-12-01T08:00:00.000Z',
  periodMs: 3_600_000,
  cpuMs: 360,
  peakRssBytes: 60 * MIB,
  reconnects: 0,
  sections: { software: 1_000 },
  reportedAt: '2026-12-01T09:00:00.000Z',
  ...parts,
});
const computer = (name: string, parts: Partial<AgentCost> | null) => ({
  id: `00000000-0000-4000-8000-00000000000${name.length}`,
  name,
  room: null,
  agentVersion: '1.0.0',
  cost: parts === null ? null : cost(parts),
});

describe('percentiles and buckets', () => {
  it('takes the nearest rank', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([percentile(sorted, 0.5), percentile(sorted, 0.9), percentile(sorted, 1)]).toEqual([
      5, 9, 10,
    ]);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('puts a value on a bound in that bucket, and anything above the last in the open one', () => {
    expect(distribution([3, 1, 5, 5.1, 99], [1, 5]).buckets).toEqual([
      { upTo: 1, count: 1 },
      { upTo: 5, count: 2 },
      { upTo: null, count: 2 },
    ]);
    // A budget between two bounds becomes a bound of its own.
    expect(distribution([105, 112], [100, 125], 110).buckets).toEqual([
      { upTo: 100, count: 0 },
      { upTo: 110, count: 1 },
      { upTo: 125, count: 1 },
      { upTo: null, count: 0 },
    ]);
    expect(distribution([], [1])).toEqual({
      reported: 0,
      median: null,
      p90: null,
      max: null,
      buckets: [
        { upTo: 1, count: 0 },
        { upTo: null, count: 0 },
      ],
    });
  });
});

describe("the fleet's agents against the budget", () => {
  it('counts, orders the over-budget first and gives the budget alone', () => {
    const tally = createAgentCostTally({ ...DEFAULT_AGENT_BUDGET, hubAddress: 'x' } as never);
    tally.add(computer('a', {}));
    tally.add(computer('bb', { peakRssBytes: 200 * MIB, sections: { updates: 200_000 } }));
    tally.add(computer('ccc', { peakRssBytes: 180 * MIB, reconnects: 3 }));
    tally.add(computer('dddd', null));
    const summary = tally.summary();
    expect(summary.budget).toEqual(DEFAULT_AGENT_BUDGET);
    expect(summary).toMatchObject({
      reported: 3,
      notReported: 1,
      overBudget: 2,
      overBy: { cpu: 0, memory: 2, collection: 1 },
      reconnected: 1,
    });
    expect(summary.devices.map((d) => [d.name, d.overBudget])).toEqual([
      ['bb', ['memory', 'collection']],
      ['ccc', ['memory']],
      ['a', []],
    ]);
    expect(summary.devices[0]).toMatchObject({
      cpuPercent: 0.01,
      peakMemoryMiB: 200,
      collectionSeconds: 200,
    });
  });
});
