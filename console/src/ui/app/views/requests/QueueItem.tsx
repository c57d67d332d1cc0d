import type { HelpRequest } from '@handraise/shared';
import { StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { CATEGORY_LABELS, OPEN_STATES, requestNumber } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { LATE_AFTER_MS } from '../../lib/today-stats.ts';

type Props = {
  request: HelpRequest;
  selected: boolean;
  now: number;
  /** The helper's name, if someone holds it. */
  helper: string | null;
};

/** One request of the queue: a link to its detail, the open one marked current. */
export function QueueItem({ request: r, selected, now, helper }: Props) {
  const age = now - Date.parse(r.createdAt);
  const open = OPEN_STATES.includes(r.state);
  return (
    <a
      href={hrefFor('requests', r.id)}
      aria-current={selected ? 'true' : undefined}
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
  );
}
