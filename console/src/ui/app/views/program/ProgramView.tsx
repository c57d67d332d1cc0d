import { useCallback, useMemo, useState } from 'react';
import type { AdvisorBadge, AdvisorProgram, WeeklySummary } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { PERIOD_CHOICES, periodQuery, type PeriodChoice } from '../../lib/program.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { AdvisorProgramTable } from './AdvisorProgramTable.tsx';
import { MyProgramCard } from './MyProgramCard.tsx';
import { WeeklySummaryCard } from './WeeklySummaryCard.tsx';

/** A badge replaced by the hub's answer to its sign-off. */
const withBadge = (programs: AdvisorProgram[], advisorId: string, badge: AdvisorBadge) =>
  programs.map((p) =>
    p.advisor.id === advisorId
      ? { ...p, badges: p.badges.map((b) => (b.id === badge.id ? badge : b)) }
      : p,
  );

/**
 * The Tech Advisor program. An advisor sees their own figures, badges and service hours; the
 * coordinator sees the week, and every advisor's figures with their badges to sign off.
 */
export function ProgramView() {
  const { user } = useHub();
  const isCoordinator = user.role === 'coordinator';
  const [choice, setChoice] = useState<PeriodChoice>('term');
  // The period is fixed when it is chosen: refetching on every clock tick would move it.
  const query = useMemo(() => periodQuery(choice, Date.now()), [choice]);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{isCoordinator ? 'Tech Advisor program' : 'My program'}</h1>
          <p className="subtitle">
            {isCoordinator
              ? 'What each advisor did, their badges to sign off, and their service hours.'
              : 'What you did as a Tech Advisor, your badges and your service hours.'}
          </p>
        </div>
        <SegmentedField
          label="Period"
          options={PERIOD_CHOICES}
          value={choice}
          onChange={setChoice}
        />
      </header>
      {isCoordinator ? (
        <CoordinatorProgram query={query} />
      ) : (
        <OwnProgram query={query} userId={user.id} />
      )}
    </div>
  );
}

function OwnProgram({ query, userId }: { query: string; userId: string }) {
  const own = useApiData<AdvisorProgram>(
    `/api/program/advisors/${encodeURIComponent(userId)}${query}`,
  );
  if (own.error) return <p className="notice">Your figures could not be loaded. Try again.</p>;
  if (!own.data) return <p className="empty">Loading…</p>;
  return <MyProgramCard program={own.data} query={query} />;
}

function CoordinatorProgram({ query }: { query: string }) {
  const weekly = useApiData<WeeklySummary>('/api/program/weekly');
  const everyone = useApiData<AdvisorProgram[]>(`/api/program/advisors${query}`);
  const { data, setData } = everyone;
  const onSigned = useCallback(
    (advisorId: string, badge: AdvisorBadge) => {
      if (data) setData(withBadge(data, advisorId, badge));
    },
    [data, setData],
  );
  return (
    <>
      <WeeklySummaryCard summary={weekly.data} />
      <Card title="Advisors" id="program-advisors" flush>
        {everyone.error ? (
          <p className="notice">The advisors' figures could not be loaded. Try again.</p>
        ) : data === null ? (
          <p className="empty">Loading…</p>
        ) : (
          <AdvisorProgramTable programs={data} query={query} onSigned={onSigned} />
        )}
      </Card>
    </>
  );
}
