import type { HelpRequest } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { CATEGORY_LABELS, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { OPEN_REQUESTS_HREF } from '../../lib/today-links.ts';

/** The open requests that have waited longest, oldest first. */
export function WaitingLongestCard({ requests, now }: { requests: HelpRequest[]; now: number }) {
  return (
    <Card
      title="Waiting longest"
      id="waiting-longest"
      hint={<a href={OPEN_REQUESTS_HREF}>All open requests</a>}
      flush
    >
      {requests.length === 0 ? (
        <p className="empty">Nobody is waiting for help right now.</p>
      ) : (
        <ul className="list">
          {requests.map((r) => (
            <li key={r.id}>
              <div className="grow">
                <a className="title" href={hrefFor('requests', r.id)}>
                  {requestNumber(r)} · {r.deviceName} · {CATEGORY_LABELS[r.category]}
                </a>
                <p className="sub">{r.text || 'No description'}</p>
              </div>
              <StatePill state={r.state} />
              <span className="num nowrap">{formatDuration(now - Date.parse(r.createdAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
