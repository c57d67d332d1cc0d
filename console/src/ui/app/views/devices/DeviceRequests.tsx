import type { HelpRequest } from '@handraise/shared';
import { StatePill } from '../../components/Pill.tsx';
import { formatWhen } from '../../lib/format.ts';
import { CATEGORY_LABELS } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';

/** Every request raised from this device, newest first. */
export function DeviceRequests({ requests, now }: { requests: HelpRequest[]; now: number }) {
  if (requests.length === 0) {
    return <p className="card empty">Nobody has asked for help from this device yet.</p>;
  }
  return (
    <ul className="card list">
      {requests.map((r) => (
        <li key={r.id}>
          <div className="grow">
            <a className="title" href={hrefFor('requests', r.id)}>
              {CATEGORY_LABELS[r.category]}: {r.text || 'No description'}
            </a>
            <p className="sub">{formatWhen(r.createdAt, now)}</p>
          </div>
          <StatePill state={r.state} />
        </li>
      ))}
    </ul>
  );
}
