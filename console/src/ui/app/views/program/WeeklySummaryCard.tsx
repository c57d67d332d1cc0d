import type { WeeklySummary } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatMedian } from '../../lib/program.ts';

/** The last seven days at the help desk: who handled the requests, how fast, who led. */
export function WeeklySummaryCard({ summary }: { summary: WeeklySummary | null }) {
  return (
    <Card title="This week" id="program-week" hint="The last 7 days">
      {summary === null ? (
        <p className="empty">Loading…</p>
      ) : (
        <dl className="program-week">
          <div>
            <dt>Resolved by advisors</dt>
            <dd>{summary.handledByAdvisors}</dd>
          </div>
          <div>
            <dt>Resolved by the coordinator</dt>
            <dd>{summary.handledByCoordinators}</dd>
          </div>
          <div>
            <dt>Median first response</dt>
            <dd>{formatMedian(summary.medianResponseSeconds)}</dd>
          </div>
          <div>
            <dt>Top advisors</dt>
            <dd>
              {summary.topAdvisors.length === 0 ? (
                <span className="muted">Nobody resolved a request this week</span>
              ) : (
                <ol className="program-top">
                  {summary.topAdvisors.map((a) => (
                    <li key={a.id}>
                      {a.displayName} <span className="muted">({a.resolved} resolved)</span>
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
