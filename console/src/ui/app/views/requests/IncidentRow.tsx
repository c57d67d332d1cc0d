import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { Pill, StatePill } from '../../components/Pill.tsx';
import { formatDuration } from '../../lib/format.ts';
import { incidentTitle, type IncidentEntry } from '../../lib/incident-queue.ts';
import { OPEN_STATES } from '../../lib/labels.ts';
import type { RouteParams } from '../../lib/route.ts';
import { QueueItem } from './QueueItem.tsx';

type Props = {
  entry: IncidentEntry;
  selectedId: string | null;
  now: number;
  nameOf: (personId: string | null) => string | null;
  params: RouteParams;
};

/**
 * A room incident as one line of the queue ("Internet · Room 12 · 3 requests"), open to show its
 * requests; it opens by itself while one of them is the request shown.
 */
export function IncidentRow({ entry, selectedId, now, nameOf, params }: Props) {
  const listId = useId();
  const holdsSelected = entry.members.some((r) => r.id === selectedId);
  const [expanded, setExpanded] = useState(holdsSelected);
  const shown = expanded || holdsSelected;
  const open = entry.members.filter((r) => OPEN_STATES.includes(r.state));
  // The line reads as its open requests do (they move together); a finished one as its first.
  const lead = open[0] ?? entry.members[0];
  if (!lead) return null;
  const oldest = Math.min(...entry.members.map((r) => Date.parse(r.createdAt)));
  const helper = nameOf(lead.assigneeId);
  return (
    <li className="q-incident" data-incident-id={entry.incidentId}>
      <Button
        className="q-incident-head"
        aria-expanded={shown}
        aria-controls={listId}
        onPress={() => setExpanded(!shown)}
      >
        <span className="q-title">
          <span className="q-chevron" aria-hidden="true">
            {shown ? '▾' : '▸'}
          </span>{' '}
          {incidentTitle(entry)}
        </span>
        <span className="q-age">{formatDuration(now - oldest)}</span>
        <span className="q-meta">
          <Pill tone="accent">Incident</Pill>
          <StatePill state={lead.state} />
          {entry.urgent && <Pill tone="bad">Class stopped</Pill>}
          {helper && <span>with {helper}</span>}
        </span>
      </Button>
      {shown && (
        <ul id={listId} className="q-members" aria-label={`Requests of ${incidentTitle(entry)}`}>
          {entry.members.map((r) => (
            <li key={r.id}>
              <QueueItem
                request={r}
                selected={r.id === selectedId}
                now={now}
                helper={nameOf(r.assigneeId)}
                params={params}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
