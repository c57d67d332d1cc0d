import { Card } from '../../components/Card.tsx';
import { STATE_LABELS } from '../../lib/labels.ts';
import { requestsInState } from '../../lib/today-links.ts';
import { AGE_BUCKETS, type StateAgeRow } from '../../lib/today-stats.ts';

/** Open requests by state, each bar split by how long they have waited. */
export function StateAgeCard({ rows }: { rows: StateAgeRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <Card title="Open requests by state and age" id="state-age">
      <div className="state-bars">
        {rows.map((row) => (
          <div className="state-bar" key={row.state}>
            <a href={requestsInState(row.state)}>{STATE_LABELS[row.state]}</a>
            <div
              className="track"
              role="img"
              aria-label={`${STATE_LABELS[row.state]}: ${AGE_BUCKETS.map((b, i) => `${row.counts[i] ?? 0} ${b.label.toLowerCase()}`).join(', ')}`}
            >
              {row.counts.map((count, i) =>
                count > 0 ? (
                  <span
                    key={i}
                    className={`seg age-${i}`}
                    style={{ width: `${(count / max) * 100}%` }}
                  />
                ) : null,
              )}
            </div>
            <span className="num">{row.total}</span>
          </div>
        ))}
        <div className="legend" aria-hidden="true">
          {AGE_BUCKETS.map((bucket, i) => (
            <span key={bucket.label}>
              <span className={`swatch seg age-${i}`} />
              {bucket.label}
            </span>
          ))}
        </div>
      </div>
    </Card>
  );
}
