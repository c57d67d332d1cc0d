import { describe, expect, it } from 'vitest';
import {
  AGENT_COST_BUCKETS,
  DEFAULT_AGENT_BUDGET,
  MIN_JUDGED_PERIOD_MS,
  type AgentCostDistribution,
  type FleetAgentCost,
} from '@handraise/shared';
import {
  bucketRows,
  budgetText,
  CPU_JUDGED_RULE,
  cpuText,
  distributionFigures,
  fleetCostSummary,
  formatCpuPercent,
  formatMiB,
  formatSeconds,
  formatSectionMs,
  overPartsText,
  reconnectedText,
  slowestSections,
} from './agent-cost-labels.ts';
import { inAnyLocale } from '../../testing/in-any-locale.ts';

const MINUTE_MS = 60_000;

/** A distribution over the given bounds with the given counts (one more than bounds: the last). */
function distribution(bounds: readonly number[], counts: number[]): AgentCostDistribution {
  return {
    reported: counts.reduce((a, b) => a + b, 0),
    median: null,
    p90: null,
    max: null,
    buckets: [...bounds, null].map((upTo, index) => ({ upTo, count: counts[index] ?? 0 })),
  };
}

const none = distribution(AGENT_COST_BUCKETS.cpuPercent, []);

function fleet(overrides: Partial<FleetAgentCost>): FleetAgentCost {
  return {
    budget: DEFAULT_AGENT_BUDGET,
    reported: 0,
    notReported: 0,
    overBudget: 0,
    overBy: { cpu: 0, memory: 0, collection: 0 },
    cpuPercent: none,
    peakMemoryMiB: none,
    collectionSeconds: none,
    reconnected: 0,
    devices: [],
    ...overrides,
  };
}

describe('agent cost labels', () => {
  it('reads figures with the decimals their size needs', () => {
    expect(formatCpuPercent(0.034)).toMatch(inAnyLocale('0.03 %'));
    expect(formatCpuPercent(0.5)).toMatch(inAnyLocale('0.5 %'));
    expect(formatCpuPercent(1)).toBe('1 %');
    expect(formatCpuPercent(1.44)).toMatch(inAnyLocale('1.4 %'));
    expect(formatCpuPercent(0.004)).toMatch(inAnyLocale('< 0.01 %'));
    expect(formatCpuPercent(0)).toBe('0 %');
    expect(formatMiB(61.7)).toBe('62 MiB');
    expect(formatMiB(150)).toBe('150 MiB');
    // Large figures are grouped as the reader's locale groups them.
    expect(formatMiB(8_589_934_592)).toMatch(inAnyLocale('8,589,934,592 MiB'));
    expect(formatSeconds(1.23)).toMatch(inAnyLocale('1.2 s'));
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(150)).toBe('2 min 30 s');
    expect(formatSeconds(119.7)).toBe('2 min');
    expect(formatSeconds(3_900)).toBe('1 h 5 min');
    expect(formatSeconds(3_600)).toBe('1 h');
    expect(formatSectionMs(40.4)).toBe('40 ms');
    expect(formatSectionMs(1_234)).toMatch(inAnyLocale('1.2 s'));
  });

  it('states the budget in one line', () => {
    expect(budgetText(DEFAULT_AGENT_BUDGET)).toBe(
      '1 % CPU on average, 150 MiB memory, 2 min per collection',
    );
    expect(
      budgetText({
        agentCpuBudgetPercent: 0.5,
        agentMemoryBudgetMiB: 80,
        agentCollectionBudgetSeconds: 45,
      }),
    ).toMatch(inAnyLocale('0.5 % CPU on average, 80 MiB memory, 45 s per collection'));
  });

  it('sums the fleet up in a sentence, naming only the parts someone is over', () => {
    expect(
      fleetCostSummary(
        fleet({
          reported: 40,
          notReported: 3,
          overBudget: 2,
          overBy: { cpu: 0, memory: 1, collection: 1 },
        }),
      ),
    ).toBe(
      'Of 40 agents that report their cost, 2 are over budget: 1 on memory, 1 on collection time; 3 computers have not reported it yet.',
    );
    expect(fleetCostSummary(fleet({ reported: 5 }))).toBe(
      'Of 5 agents that report their cost, none is over budget.',
    );
    expect(
      fleetCostSummary(
        fleet({ reported: 1, overBudget: 1, overBy: { cpu: 1, memory: 1, collection: 0 } }),
      ),
    ).toBe('Of 1 agent that reports its cost, 1 is over budget: 1 on CPU, 1 on memory.');
    expect(fleetCostSummary(fleet({ notReported: 1 }))).toBe(
      'No agent has reported its cost yet: the one computer has not reported it yet.',
    );
    expect(fleetCostSummary(fleet({ notReported: 4 }))).toBe(
      'No agent has reported its cost yet: none of the 4 computers has reported it yet.',
    );
    expect(fleetCostSummary(fleet({}))).toBe('No agent has reported its cost yet.');
  });

  it('tells of reconnections only when there were some', () => {
    expect(reconnectedText(fleet({ reported: 4 }))).toBeNull();
    expect(reconnectedText(fleet({ reported: 4, reconnected: 2 }))).toBe(
      '2 agents reconnected to the hub at least once since their previous check-in.',
    );
  });

  it('names the parts over budget in a sentence', () => {
    expect(overPartsText(['memory'])).toBe('memory');
    expect(overPartsText(['memory', 'collection'])).toBe('memory and collection time');
    expect(overPartsText(['cpu', 'memory', 'collection'])).toBe('CPU, memory and collection time');
  });

  it("labels a distribution's buckets and marks the budget's and those past it", () => {
    const memory = distribution(AGENT_COST_BUCKETS.peakMemoryMiB, [1, 2, 0, 0, 0, 1, 0, 1]);
    const rows = bucketRows('peakMemoryMiB', memory, 150);
    expect(rows.map((row) => row.range)).toEqual([
      'Up to 50 MiB',
      '50–75 MiB',
      '75–100 MiB',
      '100–125 MiB',
      '125–150 MiB',
      '150–200 MiB',
      '200–300 MiB',
      'Over 300 MiB',
    ]);
    expect(rows.map((row) => row.count)).toEqual([1, 2, 0, 0, 0, 1, 0, 1]);
    expect(rows.findIndex((row) => row.holdsBudget)).toBe(4);
    expect(rows.map((row) => row.overBudget)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    // A budget between bounds falls in the bucket around it.
    expect(bucketRows('peakMemoryMiB', memory, 160).findIndex((row) => row.holdsBudget)).toBe(5);
    // Past the last bound, the open bucket holds it and nothing is wholly over.
    const huge = bucketRows('peakMemoryMiB', memory, 4000);
    expect(huge.findIndex((row) => row.holdsBudget)).toBe(7);
    expect(huge.some((row) => row.overBudget)).toBe(false);
  });

  it('names units once in a range, twice where they differ', () => {
    const seconds = distribution(AGENT_COST_BUCKETS.collectionSeconds, []);
    expect(bucketRows('collectionSeconds', seconds, 120).map((row) => row.range)).toEqual([
      'Up to 2 s',
      '2–5 s',
      '5–10 s',
      '10–30 s',
      '30 s–1 min',
      '1–2 min',
      '2–5 min',
      'Over 5 min',
    ]);
    const cpu = distribution(AGENT_COST_BUCKETS.cpuPercent, []);
    const cpuRanges = bucketRows('cpuPercent', cpu, 1).map((row) => row.range);
    const expected = [
      'Up to 0.05 %',
      '0.05–0.1 %',
      '0.1–0.25 %',
      '0.25–0.5 %',
      '0.5–1 %',
      '1–2 %',
      '2–5 %',
      'Over 5 %',
    ];
    expect(cpuRanges).toHaveLength(expected.length);
    expected.forEach((range, index) => expect(cpuRanges[index]).toMatch(inAnyLocale(range)));
  });

  it("gives a distribution's median, 90th percentile and highest in the measure's words", () => {
    const figures = distributionFigures('collectionSeconds', {
      ...none,
      median: 3.2,
      p90: 75,
      max: 190,
    });
    expect(figures.map((figure) => figure.label)).toEqual(['Median', '90th percentile', 'Highest']);
    expect(figures[0]!.value).toMatch(inAnyLocale('3.2 s'));
    expect(figures.slice(1).map((figure) => figure.value)).toEqual(['1 min 15 s', '3 min 10 s']);
    expect(distributionFigures('cpuPercent', none)[0]).toEqual({ label: 'Median', value: '—' });
  });

  it("says a computer's CPU share over its period, or names the rule it is not judged by", () => {
    expect(cpuText({ cpuPercent: 0.03, periodMs: 4 * 60 * MINUTE_MS })).toMatch(
      inAnyLocale('0.03 % of one core over 4 h'),
    );
    expect(cpuText({ cpuPercent: null, periodMs: 2 * MINUTE_MS })).toBe(
      'Not judged: the period was 2 min, and CPU is judged over check-in periods of 10 minutes or more.',
    );
    // The rule comes from the contract's constant, so it cannot drift from what the hub judges.
    expect(CPU_JUDGED_RULE).toContain(`${MIN_JUDGED_PERIOD_MS / MINUTE_MS} minutes or more`);
  });

  it('lists the slowest sections first', () => {
    expect(
      slowestSections({ os: 12, hardware: 400, software: 1_200, updates: 800, state: 30 }),
    ).toMatch(inAnyLocale('software 1.2 s, updates 0.8 s, hardware 0.4 s'));
    expect(slowestSections({ os: 12 })).toBe('system 12 ms');
    expect(slowestSections({})).toBeNull();
  });
});
