import type { FleetAgentCost } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { hrefFor } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import {
  budgetText,
  COST_MEASURES,
  fleetCostSummary,
  reconnectedText,
} from './agent-cost-labels.ts';
import { AGENT_COST_PATH } from './agent-cost-path.ts';
import { AgentCostTable } from './AgentCostTable.tsx';
import { CostDistribution } from './CostDistribution.tsx';

const TITLE_ID = 'agent-footprint';
const LIST_ID = 'agent-footprint-list';

/**
 * What Handraise's own agent costs the school's computers, from each one's latest check-in: how
 * many are over the coordinator's budget and on what, how the fleet spreads, and which agents to
 * look at first. Shows that the agent is not what slows a lab down, or which one does.
 */
export function AgentCostCard() {
  const cost = useApiData<FleetAgentCost>(AGENT_COST_PATH);
  return (
    <Card title="Agent footprint" id={TITLE_ID}>
      {cost.error ? (
        <p className="summary" role="status">
          The hub did not say what the agents cost. Try again in a moment.
        </p>
      ) : !cost.data ? (
        <p className="summary" role="status">
          Loading…
        </p>
      ) : (
        <FleetCost fleet={cost.data} />
      )}
    </Card>
  );
}

function FleetCost({ fleet }: { fleet: FleetAgentCost }) {
  const { user } = useHub();
  const reconnected = reconnectedText(fleet);
  return (
    <>
      <p className="summary" data-testid="agent-cost-summary">
        {fleetCostSummary(fleet)}
        {reconnected && ` ${reconnected}`}
      </p>
      <p className="summary" data-testid="agent-cost-budget">
        Budget: {budgetText(fleet.budget)}.
        {user.role === 'coordinator' && (
          <>
            {' '}
            <a href={hrefFor('settings')}>Change it in Settings</a>
          </>
        )}
      </p>
      {fleet.reported > 0 && (
        <>
          <div className="grid tiles">
            {COST_MEASURES.map((measure) => (
              <CostDistribution
                key={measure}
                measure={measure}
                distribution={fleet[measure]}
                budget={fleet.budget}
              />
            ))}
          </div>
          <h3 id={LIST_ID} className="overview-subheading">
            {fleet.overBudget > 0 ? 'Over budget, then the heaviest' : 'The heaviest agents'}
          </h3>
          <AgentCostTable rows={fleet.devices} labelledBy={LIST_ID} />
        </>
      )}
    </>
  );
}
