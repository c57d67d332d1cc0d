import type { AgentBudget, AgentCostDistribution } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';
import { formatCount } from '../../lib/format.ts';
import { fact, FactList } from '../devices/overview/facts.tsx';
import { SpaceBar } from '../devices/overview/SpaceBar.tsx';
import {
  bucketRows,
  distributionFigures,
  MEASURES,
  type CostMeasure,
} from './agent-cost-labels.ts';

type Props = { measure: CostMeasure; distribution: AgentCostDistribution; budget: AgentBudget };

/**
 * How the fleet's agents spread over one measure: median, 90th percentile and highest, then the
 * agents per range, each range and its count on a line with its bar under them (so the bars keep
 * their length however narrow the card), the budget's range and those past it said in words.
 */
export function CostDistribution({ measure, distribution, budget }: Props) {
  const { title, budget: part } = MEASURES[measure];
  const id = `agent-cost-${measure}`;
  const rows = bucketRows(measure, distribution, budget[part]);
  const most = Math.max(1, ...rows.map((row) => row.count));
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="overview-subheading">
        {title}
      </h3>
      <FactList
        facts={distributionFigures(measure, distribution).map(({ label, value }) =>
          fact(label, value),
        )}
      />
      {/* An item after the figures: the overview's spacing between them. */}
      <div className="overview-item">
        <ul className="space-list" aria-label={`${title}: agents per range`}>
          {rows.map((row) => (
            <li key={row.range}>
              <span>
                {row.range}
                {row.holdsBudget && (
                  <>
                    {' '}
                    <Pill tone="accent">Budget</Pill>
                  </>
                )}
                {row.overBudget && (
                  <>
                    {' '}
                    <Pill tone="bad">Over</Pill>
                  </>
                )}
              </span>
              <SpaceBar percent={(row.count / most) * 100} tone={row.overBudget ? 'bad' : 'good'} />
              <span className="num">
                {formatCount(row.count)}
                <span className="sr-only">{row.count === 1 ? ' agent' : ' agents'}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
