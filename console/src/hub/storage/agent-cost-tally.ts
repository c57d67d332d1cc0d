// The fleet's agents against the coordinator's budget (what `GET /api/fleet/agent-cost` answers),
// folded one computer at a time from each agent's latest figures. Pure: agent-cost-store.ts reads
// the rows.
import {
  AGENT_COST_BUCKETS,
  AGENT_COST_DEVICES_SHOWN,
  judgeAgentCost,
  type AgentBudget,
  type AgentCost,
  type AgentCostDistribution,
  type AgentCostRow,
  type FleetAgentCost,
} from '@handraise/shared';

/** A computer as the tally reads it; `cost` null when its agent has not told its cost. */
export type AgentCostInput = {
  id: string;
  name: string;
  room: string | null;
  agentVersion: string | null;
  cost: (AgentCost & { reportedAt: string }) | null;
};

const MIB = 2 ** 20;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The value at a share of the sorted list (nearest rank); null for an empty list. */
export function percentile(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * Median, 90th percentile, maximum and the count per bucket of one measure. The budget is a
 * bound of its own, so that no bucket holds agents both within it and over it.
 */
export function distribution(
  values: number[],
  bounds: readonly number[],
  budget?: number,
): AgentCostDistribution {
  const sorted = values.toSorted((a, b) => a - b);
  const edges = [...new Set(budget === undefined ? bounds : [...bounds, budget])].sort(
    (a, b) => a - b,
  );
  const buckets = [...edges, null].map((upTo) => ({ upTo, count: 0 }));
  for (const value of sorted) {
    const bucket = buckets.find((b) => b.upTo === null || value <= b.upTo);
    if (bucket) bucket.count += 1;
  }
  return {
    reported: sorted.length,
    median: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    max: sorted.at(-1) ?? null,
    buckets,
  };
}

/** Over budget first (the most parts, then the most memory), then the heaviest by memory and CPU. */
function heaviestFirst(a: AgentCostRow, b: AgentCostRow): number {
  return (
    b.overBudget.length - a.overBudget.length ||
    b.peakMemoryMiB - a.peakMemoryMiB ||
    (b.cpuPercent ?? 0) - (a.cpuPercent ?? 0) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

export function createAgentCostTally(budget: AgentBudget) {
  const rows: AgentCostRow[] = [];
  let notReported = 0;
  return {
    add({ id, name, room, agentVersion, cost }: AgentCostInput): void {
      if (!cost) {
        notReported += 1;
        return;
      }
      const judged = judgeAgentCost(cost, budget);
      rows.push({
        id,
        name,
        room,
        agentVersion,
        reportedAt: cost.reportedAt,
        cpuPercent: judged.cpuPercent,
        peakMemoryMiB: oneDecimal(cost.peakRssBytes / MIB),
        collectionSeconds:
          judged.collectionMs === null ? null : oneDecimal(judged.collectionMs / 1000),
        reconnects: cost.reconnects,
        overBudget: judged.overBudget,
      });
    },

    summary(): FleetAgentCost {
      const over = rows.filter((row) => row.overBudget.length > 0);
      const overBy = (part: AgentCostRow['overBudget'][number]) =>
        over.filter((row) => row.overBudget.includes(part)).length;
      const present = (values: (number | null)[]) => values.filter((v) => v !== null);
      return {
        // Only the budget: the caller may hand in every hub setting, which advisors must not read.
        budget: {
          agentCpuBudgetPercent: budget.agentCpuBudgetPercent,
          agentMemoryBudgetMiB: budget.agentMemoryBudgetMiB,
          agentCollectionBudgetSeconds: budget.agentCollectionBudgetSeconds,
        },
        reported: rows.length,
        notReported,
        overBudget: over.length,
        overBy: { cpu: overBy('cpu'), memory: overBy('memory'), collection: overBy('collection') },
        cpuPercent: distribution(
          present(rows.map((row) => row.cpuPercent)),
          AGENT_COST_BUCKETS.cpuPercent,
          budget.agentCpuBudgetPercent,
        ),
        peakMemoryMiB: distribution(
          rows.map((row) => row.peakMemoryMiB),
          AGENT_COST_BUCKETS.peakMemoryMiB,
          budget.agentMemoryBudgetMiB,
        ),
        collectionSeconds: distribution(
          present(rows.map((row) => row.collectionSeconds)),
          AGENT_COST_BUCKETS.collectionSeconds,
          budget.agentCollectionBudgetSeconds,
        ),
        reconnected: rows.filter((row) => row.reconnects > 0).length,
        devices: rows.sort(heaviestFirst).slice(0, AGENT_COST_DEVICES_SHOWN),
      };
    },
  };
}
