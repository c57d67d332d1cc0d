import type { Kysely } from 'kysely';
import {
  judgeAgentCost,
  type AgentBudget,
  type AgentCost,
  type AgentCostView,
  type FleetAgentCost,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Where } from '../rooms.ts';
import { createAgentCostTally } from './agent-cost-tally.ts';
import { groupCommitOf } from './group-commit.ts';
import type { Database } from './schema.ts';

/** Computers read at a time for the fleet's figures; other work runs between pages. */
const PAGE_ROWS = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type StoredAgentCost = AgentCost & { reportedAt: string };
export type AgentCostStore = ReturnType<typeof createAgentCostStore>;

/** Each computer's agent's latest cost figures, and the fleet's against the budget. */
export function createAgentCostStore(db: Kysely<Database>, clock: Clock) {
  const parse = (row: { reported_at: string; cost_json: string }): StoredAgentCost => ({
    ...(JSON.parse(row.cost_json) as AgentCost),
    reportedAt: row.reported_at,
  });

  return {
    /** Keeps the figures a report carried, replacing the computer's previous ones. */
    async record(deviceId: string, cost: AgentCost): Promise<void> {
      const reported_at = clock.now().toISOString();
      const cost_json = JSON.stringify(cost);
      // Sent with every report: it shares the reports' commits (group-commit.ts).
      await groupCommitOf(db).run((trx) =>
        trx
          .insertInto('agent_costs')
          .values({ device_id: deviceId, reported_at, cost_json })
          .onConflict((oc) => oc.column('device_id').doUpdateSet({ reported_at, cost_json }))
          .execute(),
      );
    },

    /** The computer's latest figures; null until its agent tells them. */
    async latest(deviceId: string): Promise<StoredAgentCost | null> {
      const row = await db
        .selectFrom('agent_costs')
        .select(['reported_at', 'cost_json'])
        .where('device_id', '=', deviceId)
        .executeTakeFirst();
      return row ? parse(row) : null;
    },

    /** The computer's latest figures judged against the budget; null until its agent tells them. */
    async judged(deviceId: string, budget: AgentBudget): Promise<AgentCostView | null> {
      const cost = await this.latest(deviceId);
      return cost ? judgeAgentCost(cost, budget) : null;
    },

    /** The agents of the computers `covers` accepts (retired ones left out) against the budget. */
    async fleet(covers: (where: Where) => boolean, budget: AgentBudget): Promise<FleetAgentCost> {
      const tally = createAgentCostTally(budget);
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('devices')
          .leftJoin('agent_costs', 'agent_costs.device_id', 'devices.id')
          .select([
            'devices.id',
            'devices.name',
            'devices.site',
            'devices.room',
            'devices.agent_version',
            'agent_costs.reported_at',
            'agent_costs.cost_json',
          ])
          .where('devices.retired_at', 'is', null)
          .where('devices.id', '>', after)
          .orderBy('devices.id')
          .limit(PAGE_ROWS)
          .execute();
        for (const row of rows) {
          if (!covers(row)) continue;
          tally.add({
            id: row.id,
            name: row.name,
            room: row.room,
            agentVersion: row.agent_version,
            cost:
              row.reported_at !== null && row.cost_json !== null
                ? parse({ reported_at: row.reported_at, cost_json: row.cost_json })
                : null,
          });
        }
        if (rows.length < PAGE_ROWS) return tally.summary();
        after = rows[rows.length - 1]!.id;
        await nextTurn();
      }
    },
  };
}
