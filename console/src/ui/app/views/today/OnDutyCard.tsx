import type { Person } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';

/** Helpers on duty right now (said so, and have a console open), live. */
export function OnDutyCard({ people }: { people: readonly Person[] }) {
  return (
    <Card title="Advisors on duty" id="on-duty" flush>
      {people.length === 0 ? (
        <p className="empty">No one on duty — new requests wait for the coordinator.</p>
      ) : (
        <ul className="list" aria-labelledby="on-duty">
          {people.map((p) => (
            <li key={p.id} data-person-id={p.id}>
              <span className="duty-dot" aria-hidden="true" />
              <span className="grow title">{p.displayName}</span>
              <span className="muted nowrap">{ROLE_LABELS[p.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
