import type { RequestEvent } from '@handraise/shared';
import { MonitorIcon } from '../../components/icons.tsx';
import { formatWhen } from '../../lib/format.ts';
import { STATE_LABELS } from '../../lib/labels.ts';

/** Two letters for the avatar: "Ms Rivera" → "MR", "lab-pc-01" → "LA". */
function initials(name: string): string {
  const words = name.split(/[\s._-]+/).filter(Boolean);
  const letters =
    words.length > 1 ? (words[0]?.[0] ?? '') + (words[1]?.[0] ?? '') : name.slice(0, 2);
  return letters.toUpperCase();
}

/** What happened, in words; messages are shown as they were written. */
function describe(event: RequestEvent): { line: string; note: string | null } {
  const who = event.actor.name;
  switch (event.kind) {
    case 'created':
      return { line: 'asked for help', note: null };
    case 'claimed':
      return { line: 'is helping', note: event.body };
    case 'message':
      return { line: event.actor.type === 'device' ? 'replied' : 'wrote', note: null };
    case 'escalated':
      return { line: 'left a note for the coordinator', note: null };
    case 'offered':
      // The body names the helpers on duty it went to (staff only); one line, like the hub's others.
      return {
        line: event.body ? `offered it to ${event.body}` : 'offered it to the helpers on duty',
        note: null,
      };
    case 'viewed':
      return { line: 'looked at this request', note: null };
    case 'returned-to-queue':
      // The body says whose account stopped working, so nobody waits for them.
      return { line: 'put it back in the queue', note: event.body };
    case 'incident-joined':
      // The body is what the requester read: others in the room asked about the same thing.
      return { line: 'put it in a room incident', note: event.body };
    case 'incident-left':
      return { line: 'took it out of its incident', note: event.body };
    case 'staff-note':
      return { line: 'left a staff note (only staff see it)', note: null };
    case 'resolve-undone': {
      const back = event.body as keyof typeof STATE_LABELS | null;
      const label = back && back in STATE_LABELS ? STATE_LABELS[back].toLowerCase() : 'open';
      return { line: `undid the resolve; it is ${label} again`, note: null };
    }
    case 'state-changed': {
      if (event.actor.type === 'device') {
        return {
          line: event.body === 'closed' ? 'confirmed it is fixed' : 'says it is still broken',
          note: null,
        };
      }
      const state = event.body as keyof typeof STATE_LABELS | null;
      const label = state && state in STATE_LABELS ? STATE_LABELS[state].toLowerCase() : 'changed';
      return { line: `marked it ${label}`, note: null };
    }
  }
  return { line: who, note: null };
}

/**
 * The request's timeline: who did what, and the messages between helper and requester. A live
 * log, in the page from the start, so a requester's new reply is read out as it arrives.
 */
export function RequestTimeline({ events, now }: { events: RequestEvent[]; now: number }) {
  return (
    <div role="log" aria-live="polite" aria-label="Conversation and timeline">
      <ol className="timeline" aria-label="Timeline">
        {events.map((event) => {
          const { line, note } = describe(event);
          const bubble =
            event.kind === 'message' ||
            event.kind === 'escalated' ||
            event.kind === 'staff-note' ||
            (event.kind === 'created' && event.body);
          return (
            <li key={event.id} data-kind={event.kind} data-from={event.actor.type}>
              <span className="avatar" aria-hidden="true">
                {event.actor.type === 'device' ? (
                  <MonitorIcon size={16} />
                ) : (
                  initials(event.actor.name)
                )}
              </span>
              <div>
                <p className="who">
                  <strong>{event.actor.name}</strong> {line}
                  <time dateTime={event.at}>{formatWhen(event.at, now)}</time>
                </p>
                {bubble && event.body && <p className="bubble">{event.body}</p>}
                {note && <p className="note">{note}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
