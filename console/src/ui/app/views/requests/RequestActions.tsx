import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import {
  consoleEvents,
  mayEscalate,
  mayTakeOver,
  roleMaySend,
  type ErrorCode,
  type HelpRequest,
} from '@handraise/shared';
import { AssigneeSelect } from '../../components/fields/AssigneeSelect.tsx';
import { OPEN_STATES, STATE_LABELS, requestNumber } from '../../lib/labels.ts';
import type { AskPayload } from '../../state/console-socket.ts';
import { useHub } from '../../state/hub-context.ts';
import { useAnnounce } from './desk-announcer.tsx';
import { NoteDialog } from './NoteDialog.tsx';
import { UndoResolve } from './UndoResolve.tsx';

const ERRORS: Partial<Record<ErrorCode, string>> = {
  'invalid-state': 'Someone changed this request a moment ago; the page shows it as it is now.',
  forbidden: 'Only the IT coordinator can do that.',
  'not-found': 'That request or person no longer exists.',
  unavailable: 'The hub did not answer. Check the connection and try again.',
};
const UNDO_ERRORS: Partial<Record<ErrorCode, string>> = {
  'invalid-state': 'Too late to undo: the time ran out or the request changed meanwhile.',
  forbidden: 'Only the person who resolved it can undo it.',
};

type RequestAction =
  | 'request:claim'
  | 'request:resolve'
  | 'request:unresolve'
  | 'request:reopen'
  | 'request:assign'
  | 'request:escalate';

type Props = {
  request: HelpRequest;
  onChanged: (request: HelpRequest) => void;
  /** Puts the focus on the request's heading (after a claim, an undo: the page changed). */
  focusHeading: () => void;
};

/** What each action says when it worked, for the desk's live region. */
function doneText(event: RequestAction, request: HelpRequest): string {
  const number = requestNumber(request);
  switch (event) {
    case 'request:claim':
      return `Claimed request ${number}`;
    case 'request:resolve':
      return `Resolved request ${number}. Undo is offered for a few seconds.`;
    case 'request:unresolve':
      return `Resolve undone: request ${number} is ${STATE_LABELS[request.state].toLowerCase()} again`;
    case 'request:reopen':
      return `Reopened request ${number}`;
    case 'request:assign':
      return `Assigned request ${number}`;
    case 'request:escalate':
      return `Escalated request ${number} to the coordinator`;
  }
}

/** What a helper can do with the request now: claim, assign, resolve (and undo), escalate, reopen. */
export function RequestActions({ request, onChanged, focusHeading }: Props) {
  const { ask, user, people } = useHub();
  const announce = useAnnounce();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState(request.assigneeId ?? user.id);
  // When this person's resolve was answered, while Undo is offered.
  const [resolvedAt, setResolvedAt] = useState<number | null>(null);
  const open = OPEN_STATES.includes(request.state);
  const mine = request.assigneeId === user.id;

  const run = async <E extends RequestAction>(
    event: E,
    payload: AskPayload<E>,
    errors = ERRORS,
  ): Promise<boolean> => {
    setBusy(true);
    setError('');
    const result = await ask(event, payload);
    setBusy(false);
    if (!result.ok) {
      setError(errors[result.error] ?? ERRORS[result.error] ?? 'That did not work. Try again.');
      return false;
    }
    onChanged(result.data);
    announce(doneText(event, result.data));
    return true;
  };

  const afterward = (done: boolean) => {
    // The button pressed is gone with the change: the heading is where the page starts again.
    if (done) requestAnimationFrame(focusHeading);
  };

  const onUndoExpired = useCallback(
    (hadFocus: boolean) => {
      setResolvedAt(null);
      if (hadFocus) requestAnimationFrame(focusHeading);
    },
    [focusHeading],
  );

  const undoOffered = resolvedAt !== null && request.state === 'resolved';

  return (
    <div className="action-bar">
      {undoOffered && (
        <UndoResolve
          since={resolvedAt}
          isDisabled={busy}
          onExpired={onUndoExpired}
          onUndo={() =>
            void run('request:unresolve', { requestId: request.id }, UNDO_ERRORS).then((done) => {
              setResolvedAt(null);
              afterward(done);
            })
          }
        />
      )}
      {open && !mine && mayTakeOver(user, request) && (
        <Button
          className="button primary"
          isDisabled={busy}
          onPress={() => void run('request:claim', { requestId: request.id }).then(afterward)}
        >
          {request.assigneeId ? 'Take over' : 'Claim'}
        </Button>
      )}
      {open && mayTakeOver(user, request) && (
        <NoteDialog
          trigger="Mark resolved…"
          title="Mark resolved"
          explanation="The requester is asked whether it is fixed. You can undo this for a few seconds."
          noteLabel="What was done (optional; the requester reads it)"
          action="Resolve"
          isDisabled={busy}
          onSubmit={async (note) => {
            const done = await run('request:resolve', {
              requestId: request.id,
              ...(note ? { note } : {}),
            });
            if (done) setResolvedAt(Date.now());
            return done;
          }}
        />
      )}
      {mayEscalate(user, request) && (
        <NoteDialog
          trigger="Escalate…"
          title="Escalate to the coordinator"
          explanation="The requester sees that their request went to the IT coordinator. Your note is only for staff."
          noteLabel="Note for the coordinator (optional)"
          action="Escalate"
          isDisabled={busy}
          onSubmit={async (note) => {
            const done = await run('request:escalate', {
              requestId: request.id,
              ...(note ? { note } : {}),
            });
            afterward(done);
            return done;
          }}
        />
      )}
      {!open && roleMaySend(consoleEvents['request:reopen'].sentBy, user.role) && (
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => void run('request:reopen', { requestId: request.id }).then(afterward)}
        >
          Reopen
        </Button>
      )}
      {open &&
        roleMaySend(consoleEvents['request:assign'].sentBy, user.role) &&
        people.length > 0 && (
          <>
            <AssigneeSelect label="Assign to" value={assignee} onChange={setAssignee} />
            <Button
              className="button"
              isDisabled={busy || assignee === request.assigneeId}
              onPress={() =>
                void run('request:assign', { requestId: request.id, assigneeId: assignee }).then(
                  afterward,
                )
              }
            >
              Assign
            </Button>
          </>
        )}
      <p className="field-error" role="alert">
        {error}
      </p>
    </div>
  );
}
