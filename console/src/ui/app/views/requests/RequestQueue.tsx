import type { HelpRequest } from '@handraise/shared';
import { StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { CATEGORY_LABELS, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { LATE_AFTER_MS } from '../../lib/today-stats.ts';
import { useHub } from '../../state/hub-context.ts';

type Props = { requests: HelpRequest[]; selectedId: string | null; now: number };

/** The filtered queue; each entry links to its detail, the open one is marked current. */
export function RequestQueue({ requests, selectedId, now }: Props) {
  const { people } = useHub();
  if (requests.length === 0) {
    return (
      <p className="empty">No request matches. When someone raises a hand, it appears here.</p>
    );
  }
  const nameOf = (id: string | null) =>
    id ? (people.find((p) => p.id === id)?.displayName ?? 'someone') : null;
  return (
    <ul className="queue" aria-label="Requests">
      {requests.map((r) => {
        const age = now - Date.parse(r.createdAt);
        const open = r.state === 'new' || r.state === 'claimed' || r.state === 'escalated';
        const helper = nameOf(r.assigneeId);
        return (
          <li key={r.id}>
            <a
              href={hrefFor('requests', r.id)}
              aria-current={r.id === selectedId ? 'true' : undefined}
              data-request-id={r.id}
            >
              <span className="q-title">
                <span className="q-number">{requestNumber(r)}</span> {r.deviceName} ·{' '}
                {CATEGORY_LABELS[r.category]}
              </span>
              <span className="q-age" data-late={open && age > LATE_AFTER_MS}>
                {formatDuration(age)}
              </span>
              <span className="q-text">{r.text || 'No description'}</span>
              <span className="q-meta">
                <StatePill state={r.state} />
                {helper && <span>with {helper}</span>}
                {r.screenshot && <span>· screenshot</span>}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
