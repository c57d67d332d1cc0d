import { describe, expect, it } from 'vitest';
import {
  agentCostSchema,
  DEFAULT_AGENT_BUDGET,
  judgeAgentCost,
  MIN_JUDGED_PERIOD_MS,
  type AgentCost,
} from './agent-cost.ts';

const MIB = 2 ** 20;
const cost = (parts: Partial<AgentCost> = {}): AgentCost & { reportedAt: string } => ({
  since: '2026-12-01T08:00:00.000Z',
  periodMs: 3_600_000,
  cpuMs: 18_000,
  toolsCpuMs: 18_000,
  peakRssBytes: 80 * MIB,
  reconnects: 0,
  sections: { software: 900, updates: 2_500 },
  reportedAt: '2026-12-01T09:00:00.000Z',
  ...parts,
});

describe("judging an agent's cost against the budget", () => {
  it("adds the tools' CPU to the agent's and shares it over the period", () => {
    // 36 s of CPU in an hour: 1 % of one core, which is the default budget, not over it.
    const judged = judgeAgentCost(cost(), DEFAULT_AGENT_BUDGET);
    expect(judged).toMatchObject({ cpuPercent: 1, collectionMs: 2_500, overBudget: [] });
    expect(judgeAgentCost(cost({ cpuMs: 18_100 }), DEFAULT_AGENT_BUDGET).overBudget).toEqual([
      'cpu',
    ]);
  });

  it('does not judge the CPU of a period too short to say anything', () => {
    const brief = cost({ periodMs: MIN_JUDGED_PERIOD_MS - 1, cpuMs: 500_000 });
    expect(judgeAgentCost(brief, DEFAULT_AGENT_BUDGET)).toMatchObject({
      cpuPercent: null,
      overBudget: [],
    });
  });

  it('names each part over budget: memory and the longest section', () => {
    const heavy = cost({ peakRssBytes: 151 * MIB, sections: { updates: 121_000, os: 10 } });
    expect(judgeAgentCost(heavy, DEFAULT_AGENT_BUDGET)).toMatchObject({
      collectionMs: 121_000,
      overBudget: ['memory', 'collection'],
    });
    expect(judgeAgentCost(cost({ sections: {} }), DEFAULT_AGENT_BUDGET).collectionMs).toBeNull();
  });

  it('refuses figures no agent could have measured', () => {
    const wire: Partial<ReturnType<typeof cost>> = cost();
    delete wire.reportedAt;
    expect(agentCostSchema.safeParse(wire).success).toBe(true);
    for (const bad of [
      { ...wire, cpuMs: -1 },
      { ...wire, periodMs: Number.POSITIVE_INFINITY },
      { ...wire, peakRssBytes: 0.5 },
      { ...wire, reconnects: -1 },
      { ...wire, sections: { gpu: 3 } },
      { ...wire, since: 'soon' },
      { ...wire, peakRssBytes: 2 ** 53 - 1 },
      { ...wire, reconnects: 2 ** 53 - 1 },
      // A year of CPU in ten minutes.
      { ...wire, periodMs: 600_000, cpuMs: 365 * 86_400_000 },
    ])
      expect(agentCostSchema.safeParse(bad).success).toBe(false);
  });
});
