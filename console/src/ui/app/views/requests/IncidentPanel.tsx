import { useState } from 'react';
import { Button } from 'react-aria-components';
import { mayTakeOver, type ErrorCode, type HelpRequest } from '@handraise/shared';
import { openIncidentMembers } from '../../lib/incident-queue.ts';
import { OPEN_STATES } from '../../lib/labels.ts';
import type { AskResult } from '../../state/console-socket.ts';
import { useHub, useRequests } from '../../state/hub-context.ts';
import { MergeDialog } from './MergeDialog.tsx';

const ERRORS: Partial<Record<ErrorCode, string>> = {
  'invalid-state': 'One of these requests changed a moment ago; the page shows it as it is now.',
  forbidden: 'Someone else holds one of these requests.',
  'not-found': 'That request no longer exists.',
  unavailable: 'The hub did not answer. Check the connection and try again.',
};

type Props = { request: HelpRequest; onChanged: (request: HelpRequest) => void };

/**
 * Where the request stands among its room's: part of an incident (split it out), or on its own
 * (merge it into another). Offered only to whom the hub allows it.
 */
export function IncidentPanel({ request, onChanged }: Props) {
  const { ask, user } = useHub();
  const requests = useRequests();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const mayRegroup = OPEN_STATES.includes(request.state) && mayTakeOver(user, request);
  const members = request.incidentId
    ? requests.filter((r) => r.incidentId === request.incidentId)
    : [];
  const open = openIncidentMembers(request, requests);
  if (members.length < 2 && !mayRegroup) return null;

  const answer = (result: AskResult<'request:split' | 'request:merge'>) => {
    setBusy(false);
    if (result.ok) onChanged(result.data);
    else setError(ERRORS[result.error] ?? 'That did not work. Try again.');
    return result.ok;
  };

  return (
    <div className="incident-panel" role="group" aria-label="Incident">
      {members.length >= 2 && (
        <p>
          <strong>Part of an incident with {members.length} requests.</strong>{' '}
          <span className="muted">
            Claim, escalate and resolve act on all {open.length} open ones.
          </span>
        </p>
      )}
      {mayRegroup && members.length >= 2 && (
        <Button
          className="button"
          isDisabled={busy}
          onPress={() => {
            setBusy(true);
            setError('');
            void ask('request:split', { requestId: request.id }).then(answer);
          }}
        >
          Split out
        </Button>
      )}
      {mayRegroup && (
        <MergeDialog
          request={request}
          isDisabled={busy}
          onMerge={async (intoRequestId) => {
            setBusy(true);
            setError('');
            return answer(await ask('request:merge', { requestId: request.id, intoRequestId }));
          }}
        />
      )}
      <p className="field-error" role="alert">
        {error}
      </p>
    </div>
  );
}
