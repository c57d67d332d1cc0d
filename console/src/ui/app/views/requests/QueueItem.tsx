import type { HelpRequest } from '@handraise/shared';
import { Pill, StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { CATEGORY_LABELS, OPEN_STATES, requestNumber } from '../../lib/labels.ts';
import { hrefFor, type RouteParams } from '../../lib/route.ts';
import { LATE_AFTER_MS } from '../../lib/today-stats.ts';
import { askedBy } from './request-people.ts';
import { WhereItIs } from './WhereItIs.tsx';

type Props = {
  request: HelpRequest;
  selected: boolean;
  now: number;
  /** The helper's name, if someone holds it. */
  helper: string | null;
  /** The queue's filter in the address, kept when the request opens. */
  params: RouteParams;
};

/**
 * One request of the queue: a link to its detail, the open one marked current. Its words read in
 * order to a screen reader: number, computer, category, who asked and where, a stopped class.
 */
export function QueueItem({ request: r, selected, now, helper, params }: Props) {
  const age = now - Date.parse(r.createdAt);
  const open = OPEN_STATES.includes(r.state);
  return (
    <a
      href={hrefFor('requests', r.id, params)}
      aria-current={selected ? 'true' : undefined}
      data-request-id={r.id}
    >
      <span className="q-title">
        <span className="q-number">{requestNumber(r)}</span> <bdi>{r.deviceName}</bdi> ·{' '}
        {CATEGORY_LABELS[r.category]}
      </span>
      <span className="q-age" data-late={open && age > LATE_AFTER_MS}>
        {formatDuration(age)}
      </span>
      <span className="q-who">
        <bdi>{askedBy(r)}</bdi> · <WhereItIs request={r} />
      </span>
      <span className="q-text">{r.text || 'No description'}</span>
      <span className="q-meta">
        {r.urgent && open && <Pill tone="bad">Class stopped</Pill>}
        <StatePill state={r.state} />
        {helper && <span>with {helper}</span>}
        {r.screenshot && <span>· screenshot</span>}
      </span>
    </a>
  );
}
