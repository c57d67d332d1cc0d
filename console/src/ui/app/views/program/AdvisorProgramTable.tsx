import type { AdvisorBadge, AdvisorProgram } from '@handraise/shared';
import { formatMedian } from '../../lib/program.ts';
import { BadgeList } from './BadgeList.tsx';
import { HoursDownload } from './HoursDownload.tsx';

const KIND_LABELS = { student: 'Student', teacher: 'Teacher' } as const;

type Props = {
  programs: AdvisorProgram[];
  query: string;
  onSigned: (advisorId: string, badge: AdvisorBadge) => void;
};

/** The coordinator's table of every advisor over the period, with their badges to sign off. */
export function AdvisorProgramTable({ programs, query, onSigned }: Props) {
  if (programs.length === 0)
    return <p className="empty">No Tech Advisors yet. Add them in People.</p>;
  return (
    <table className="data-table auto program-table" aria-labelledby="program-advisors">
      <thead>
        <tr>
          <th scope="col">Advisor</th>
          <th scope="col" className="numeric">
            Claimed
          </th>
          <th scope="col" className="numeric">
            Resolved
          </th>
          <th scope="col" className="numeric">
            Reopened
          </th>
          <th scope="col" className="numeric">
            First response
          </th>
          <th scope="col" className="numeric">
            To resolution
          </th>
          <th scope="col">Badges</th>
          <th scope="col">Service hours</th>
        </tr>
      </thead>
      <tbody>
        {programs.map(({ advisor, totals, badges }) => (
          <tr key={advisor.id} data-advisor-id={advisor.id}>
            <th scope="row">
              {advisor.displayName}
              <span className="sub">
                {advisor.advisorKind ? KIND_LABELS[advisor.advisorKind] : 'Advisor'}
                {advisor.disabled ? ', disabled' : ''}
              </span>
            </th>
            <td className="numeric">{totals.claimed}</td>
            <td className="numeric">{totals.resolved}</td>
            <td className="numeric">{totals.reopened}</td>
            <td className="numeric">{formatMedian(totals.medianResponseSeconds)}</td>
            <td className="numeric">{formatMedian(totals.medianResolutionSeconds)}</td>
            <td>
              <BadgeList
                badges={badges}
                canSignOff
                onSigned={(badge) => onSigned(advisor.id, badge)}
              />
            </td>
            <td>
              <HoursDownload
                advisorId={advisor.id}
                displayName={advisor.displayName}
                query={query}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
