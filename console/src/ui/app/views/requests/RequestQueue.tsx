import type { HelpRequest } from '@handraise/shared';
import { foldIncidents } from '../../lib/incident-queue.ts';
import type { RouteParams } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';
import { IncidentRow } from './IncidentRow.tsx';
import { QueueItem } from './QueueItem.tsx';

type Props = {
  requests: HelpRequest[];
  selectedId: string | null;
  now: number;
  /** The queue's filter in the address: opening a request keeps it. */
  params: RouteParams;
};

/**
 * The filtered queue; each entry links to its detail, the open one is marked current. A room
 * incident is one line holding its requests.
 */
export function RequestQueue({ requests, selectedId, now, params }: Props) {
  const { people } = useHub();
  if (requests.length === 0) {
    return (
      <p className="empty">No request matches. When someone raises a hand, it appears here.</p>
    );
  }
  const nameOf = (id: string | null) =>
    id ? (people.find((p) => p.id === id)?.displayName ?? 'someone') : null;
  return (
    // Opening a request from here leaves focus in the queue (see use-route-focus).
    <ul className="queue" aria-label="Requests" data-keeps-focus="">
      {foldIncidents(requests).map((entry) =>
        entry.kind === 'incident' ? (
          <IncidentRow
            key={entry.incidentId}
            entry={entry}
            selectedId={selectedId}
            now={now}
            nameOf={nameOf}
            params={params}
          />
        ) : (
          <li key={entry.request.id}>
            <QueueItem
              request={entry.request}
              selected={entry.request.id === selectedId}
              now={now}
              helper={nameOf(entry.request.assigneeId)}
              params={params}
            />
          </li>
        ),
      )}
    </ul>
  );
}
