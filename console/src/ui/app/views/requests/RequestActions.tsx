import { useState } from 'react';
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
import { OPEN_STATES } from '../../lib/labels.ts';
import type { AskPayload } from '../../state/console-socket.ts';
import { useHub } from '../../state/hub-context.ts';
import { EscalateDialog } from './EscalateDialog.tsx';

const ERRORS: Partial<Record<ErrorCode, string>> = {
  'invalid-state': 'Someone changed this request a moment ago; the page shows it as it is now.',
  forbidden: 'Only the IT coordinator can do that.',
  'not-found': 'That request or person no longer exists.',
  unavailable: 'The hub did not answer. Check the connection and try again.',
};

type RequestAction =
  'request:claim' | 'request:resolve' | 'request:reopen' | 'request:assign' | 'request:escalate';

type Props = { request: HelpRequest; onChanged: (request: HelpRequest) => void };

/** What a helper can do with the request now: claim, assign, resolve, escalate, reopen. */
export function RequestActions({ request, onChanged }: Props) {
  const { ask, user, people } = useHub();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState(request.assigneeId ?? user.id);
  const open = OPEN_STATES.includes(request.state);
  const mine = request.assigneeId === user.id;

  const run = async <E extends RequestAction>(event: E, payload: AskPayload<E>) => {
    setBusy(true);
    setError('');
    const result = await ask(event, payload);
    setBusy(false);
    if (result.ok) onChanged(result.data);
    else setError(ERRORS[result.error] ?? 'That did not work. Try again.');
  };

  return (
    <div className="action-bar">
      {open && !mine && mayTakeOver(user, request) && (
        <Button
          className="button primary"
          isDisabled={busy}
          onPress={() => void run('request:claim', { requestId: request.id })}
        >
          {request.assigneeId ? 'Take over' : 'Claim'}
        </Button>
      )}
      {open && mayTakeOver(user, request) && (
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => void run('request:resolve', { requestId: request.id })}
        >
          Mark resolved
        </Button>
      )}
      {mayEscalate(user, request) && (
        <EscalateDialog
          isDisabled={busy}
          onEscalate={(note) =>
            run('request:escalate', { requestId: request.id, ...(note ? { note } : {}) })
          }
        />
      )}
      {!open && roleMaySend(consoleEvents['request:reopen'].sentBy, user.role) && (
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => void run('request:reopen', { requestId: request.id })}
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
                void run('request:assign', { requestId: request.id, assigneeId: assignee })
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
