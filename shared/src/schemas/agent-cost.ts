import { z } from 'zod';
import { idSchema, isoTimestamp, shortString } from './common.ts';

// What an agent costs the computer it runs on, told by the agent at each check-in, so that a
// coordinator can show that Handraise is not what slows a lab down, and spot the agents that are.

const count = z.number().int().nonnegative();
/** More cores than any computer a school has. */
const MAX_CORES = 1024;
/** A duration or an amount of CPU time in milliseconds: at most a year, say. */
const millis = z
  .number()
  .nonnegative()
  .max(366 * 86_400_000);

/** Time each inventory section took in the collection a report carries, in ms. */
export const sectionDurationsSchema = z.strictObject({
  os: millis.optional(),
  hardware: millis.optional(),
  software: millis.optional(),
  updates: millis.optional(),
  hotfixes: millis.optional(),
  state: millis.optional(),
});
export type SectionDurations = z.infer<typeof sectionDurationsSchema>;

/**
 * `cost` in an inventory report: the agent's own figures for the period since its previous
 * acknowledged check-in (or since it started).
 */
export const agentCostSchema = z
  .strictObject({
    /** Start of the period. */
    since: isoTimestamp,
    periodMs: millis,
    /** CPU time of the agent's own process in the period (user and system), ms. */
    cpuMs: millis,
    /**
     * CPU time of the tools it ran and waited for (package managers, dmidecode, PowerShell), ms;
     * absent where the system does not say (it is read from /proc on Linux).
     */
    toolsCpuMs: millis.optional(),
    /** The highest resident memory of the agent's process in the period, bytes (at most 1 TiB). */
    peakRssBytes: count.max(2 ** 40),
    /** Connections to the hub made again after one was lost, in the period. */
    reconnects: count.max(1_000_000),
    /** The sections of the collection this report carries; concurrent, so the longest is its wall time. */
    sections: sectionDurationsSchema,
    /** What runs the agent's core: the headless service, or the tray app. */
    runtime: z.enum(['service', 'tray']).optional(),
  })
  // No process uses more CPU than its period times the cores a computer could have: figures
  // beyond that are forged, and would skew the fleet's figures.
  .refine(
    (cost) => cost.cpuMs + (cost.toolsCpuMs ?? 0) <= cost.periodMs * MAX_CORES + 1_000,
    'more CPU time than the period allows',
  );
export type AgentCost = z.infer<typeof agentCostSchema>;

/** What the coordinator allows an agent; past any part of it, the console flags the agent. */
export type AgentBudget = {
  /** Average CPU (the process and its tools) over a check-in period, percent of one core. */
  agentCpuBudgetPercent: number;
  /** Peak resident memory of the agent's process, MiB. */
  agentMemoryBudgetMiB: number;
  /** Wall time of one inventory collection, seconds. */
  agentCollectionBudgetSeconds: number;
};

/**
 * One percent of a core, on average: a lesson would never notice. 150 MiB: the headless agent
 * needs about a third of it; the tray app (Electron's main process) about two thirds. Two
 * minutes: the Windows Update search alone can take one.
 */
export const DEFAULT_AGENT_BUDGET: AgentBudget = {
  agentCpuBudgetPercent: 1,
  agentMemoryBudgetMiB: 150,
  agentCollectionBudgetSeconds: 120,
};

/** The budget's parts in `PUT /api/settings`; a part left out stays as it is. */
export const agentBudgetSettingsSchema = z.strictObject({
  agentCpuBudgetPercent: z.number().min(0.1).max(100).optional(),
  agentMemoryBudgetMiB: z.number().int().min(20).max(4096).optional(),
  agentCollectionBudgetSeconds: z.number().int().min(5).max(3600).optional(),
});

/**
 * A period shorter than this says nothing about the average: a check-in a minute after the last
 * (a reconnect) carries a whole collection's CPU in that minute. Its CPU share is not judged.
 */
export const MIN_JUDGED_PERIOD_MS = 10 * 60_000;

export type AgentBudgetPart = 'cpu' | 'memory' | 'collection';

/** An agent's latest figures as the hub keeps them, with what they mean against the budget. */
export type AgentCostView = AgentCost & {
  reportedAt: string;
  /** Average CPU over the period, percent of one core; null when the period is too short to say. */
  cpuPercent: number | null;
  /** The collection's wall time (its longest section), ms; null when no section was timed. */
  collectionMs: number | null;
  /** The parts of the budget this agent is over; empty when within it. */
  overBudget: AgentBudgetPart[];
};

/** The cost as the console shows it: shares, wall time, and the parts over budget. */
export function judgeAgentCost(
  cost: AgentCost & { reportedAt: string },
  budget: AgentBudget,
): AgentCostView {
  const cpuMs = cost.cpuMs + (cost.toolsCpuMs ?? 0);
  // Judged unrounded: 1.004 % is over a 1 % budget even though it reads "1 %".
  const share = cost.periodMs >= MIN_JUDGED_PERIOD_MS ? (cpuMs / cost.periodMs) * 100 : null;
  const cpuPercent = share === null ? null : round2(share);
  const durations = Object.values(cost.sections).filter((ms) => ms !== undefined);
  const collectionMs = durations.length > 0 ? Math.max(...durations) : null;
  const overBudget: AgentBudgetPart[] = [];
  if (share !== null && share > budget.agentCpuBudgetPercent) overBudget.push('cpu');
  if (cost.peakRssBytes > budget.agentMemoryBudgetMiB * 2 ** 20) overBudget.push('memory');
  if (collectionMs !== null && collectionMs > budget.agentCollectionBudgetSeconds * 1000)
    overBudget.push('collection');
  return { ...cost, cpuPercent, collectionMs, overBudget };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Upper bounds of the distribution's buckets; the last bucket takes everything above. */
export const AGENT_COST_BUCKETS = {
  cpuPercent: [0.05, 0.1, 0.25, 0.5, 1, 2, 5],
  peakMemoryMiB: [50, 75, 100, 125, 150, 200, 300],
  collectionSeconds: [2, 5, 10, 30, 60, 120, 300],
} as const;

/** Agents listed, most over budget first. */
export const AGENT_COST_DEVICES_SHOWN = 50;

const distributionSchema = z.strictObject({
  /** Agents with a figure for this measure. */
  reported: count,
  median: z.number().nonnegative().nullable(),
  p90: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** Agents per bucket: `upTo` is the bucket's upper bound (inclusive), null for the last. */
  buckets: z.array(z.strictObject({ upTo: z.number().nullable(), count })),
});
export type AgentCostDistribution = z.infer<typeof distributionSchema>;

export const agentCostRowSchema = z.strictObject({
  id: idSchema,
  name: shortString,
  room: shortString.nullable(),
  agentVersion: shortString.nullable(),
  reportedAt: isoTimestamp,
  cpuPercent: z.number().nonnegative().nullable(),
  peakMemoryMiB: z.number().nonnegative(),
  collectionSeconds: z.number().nonnegative().nullable(),
  reconnects: count,
  overBudget: z.array(z.enum(['cpu', 'memory', 'collection'])),
});
export type AgentCostRow = z.infer<typeof agentCostRowSchema>;

/** `GET /api/fleet/agent-cost`: the fleet's agents against the budget. */
export const fleetAgentCostSchema = z.strictObject({
  budget: z.strictObject({
    agentCpuBudgetPercent: z.number(),
    agentMemoryBudgetMiB: z.number(),
    agentCollectionBudgetSeconds: z.number(),
  }),
  /** Computers whose agent reported its cost. */
  reported: count,
  /** Computers whose agent has not (an earlier version, or no check-in yet). */
  notReported: count,
  /** Agents over any part of the budget. */
  overBudget: count,
  overBy: z.strictObject({ cpu: count, memory: count, collection: count }),
  cpuPercent: distributionSchema,
  peakMemoryMiB: distributionSchema,
  collectionSeconds: distributionSchema,
  /** Agents that reconnected at least once in their latest period. */
  reconnected: count,
  /** Over budget first (most parts, then highest memory), then the heaviest; at most 50. */
  devices: z.array(agentCostRowSchema),
});
export type FleetAgentCost = z.infer<typeof fleetAgentCostSchema>;
