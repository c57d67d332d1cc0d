import type { AdvisorProgram } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { formatMedian } from '../../lib/program.ts';
import { BadgeList } from './BadgeList.tsx';
import { CategoryFiguresTable } from './CategoryFiguresTable.tsx';
import { HoursDownload } from './HoursDownload.tsx';

/**
 * An advisor's own program: what they did over the period, by category, their badges (earned
 * once the coordinator signs them off) and their service hours to download.
 */
export function MyProgramCard({ program, query }: { program: AdvisorProgram; query: string }) {
  const { totals } = program;
  const waiting = program.badges.filter((b) => !b.signedOff).length;
  return (
    <>
      <div className="grid tiles">
        <StatTile label="Claimed" value={totals.claimed} />
        <StatTile
          label="Resolved"
          value={totals.resolved}
          tone={totals.resolved > 0 ? 'good' : undefined}
        />
        <StatTile
          label="Reopened"
          value={totals.reopened}
          tone={totals.reopened > 0 ? 'warn' : undefined}
        />
        <div className="card tile">
          <span className="tile-label">Median first response</span>
          <span className="tile-value">{formatMedian(totals.medianResponseSeconds)}</span>
        </div>
        <div className="card tile">
          <span className="tile-label">Median to resolution</span>
          <span className="tile-value">{formatMedian(totals.medianResolutionSeconds)}</span>
        </div>
      </div>
      <Card title="By category" id="my-categories" flush>
        <CategoryFiguresTable rows={program.byCategory} labelledBy="my-categories" />
      </Card>
      <div className="grid two">
        <Card
          title="My badges"
          id="my-badges"
          hint={waiting > 0 ? `${waiting} waiting for the coordinator` : undefined}
        >
          <BadgeList badges={program.badges} canSignOff={false} />
          <p className="program-note">
            A badge comes with enough fixes of one kind that stayed fixed; it counts once your IT
            coordinator signs it off.
          </p>
        </Card>
        <Card title="Service hours" id="my-hours">
          <div className="program-hours">
            <p>
              One row per request you claimed and resolved in this period: the date, the minutes
              from your claim to the fix, its category, room and number.
            </p>
            <HoursDownload
              advisorId={program.advisor.id}
              displayName={program.advisor.displayName}
              query={query}
              label="Download my hours (CSV)"
            />
          </div>
        </Card>
      </div>
    </>
  );
}
