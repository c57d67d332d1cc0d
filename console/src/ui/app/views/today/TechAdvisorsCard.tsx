import { useEffect, useMemo, useState } from 'react';
import type { Account } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { advisorLoad, RESOLVED_WINDOW_DAYS } from '../../lib/advisor-load.ts';
import { hrefFor } from '../../lib/route.ts';
import { timetableLine } from '../../lib/timetable.ts';
import { useHub, useRequests } from '../../state/hub-context.ts';

const KIND_LABELS = { student: 'Student', teacher: 'Teacher' } as const;

/**
 * The coordinator's view of the Tech Advisors: where each helps, who is on duty now, what each
 * holds and has resolved lately. Accounts come from the hub; the counts from the live lists.
 */
export function TechAdvisorsCard({ now }: { now: number }) {
  const { api, onDuty } = useHub();
  const requests = useRequests();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  // Someone on duty this page does not know is a new account: fetch the accounts again.
  const unknownOnDuty =
    accounts !== null && onDuty.some((p) => !accounts.some((a) => a.id === p.id));

  useEffect(() => {
    let current = true;
    void api<Account[]>('/api/users').then((result) => {
      if (current && result.ok) setAccounts(result.data);
    });
    return () => {
      current = false;
    };
  }, [api, unknownOnDuty]);

  const rows = useMemo(
    () => (accounts ? advisorLoad(accounts, requests, onDuty, now) : null),
    [accounts, requests, onDuty, now],
  );
  const onDutyCount = rows?.filter((r) => r.onDuty).length ?? 0;

  return (
    <Card
      title="Tech Advisors"
      id="tech-advisors"
      hint={rows && rows.length > 0 ? `${onDutyCount} of ${rows.length} on duty now` : undefined}
      flush
    >
      {rows === null ? (
        <p className="empty">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty">
          <span>
            No Tech Advisors yet. Add the students and teachers who help in{' '}
            <a href={hrefFor('people')}>People</a>.
          </span>
        </p>
      ) : (
        <table className="data-table auto advisors-table" aria-labelledby="tech-advisors">
          <thead>
            <tr>
              <th scope="col">Advisor</th>
              <th scope="col">Kind</th>
              <th scope="col">Reach</th>
              <th scope="col">On duty now</th>
              <th scope="col" className="numeric">
                Open
              </th>
              <th scope="col" className="numeric">
                Resolved, {RESOLVED_WINDOW_DAYS} days
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-person-id={row.id}>
                <th scope="row">
                  {row.displayName}
                  {row.skills.length > 0 && <span className="sub">{row.skills.join(', ')}</span>}
                </th>
                <td>{KIND_LABELS[row.kind]}</td>
                <td>
                  {row.where}
                  <span className="sub">{timetableLine(row.timetable, 2)}</span>
                </td>
                <td>
                  <span className="on-duty" data-on={row.onDuty}>
                    <span className={row.onDuty ? 'duty-dot' : 'duty-dot off'} aria-hidden="true" />
                    {row.onDuty ? 'On duty' : 'Off'}
                  </span>
                </td>
                <td className="numeric">{row.open}</td>
                <td className="numeric">{row.resolved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
