import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { mayTakeOver, type HelpRequest } from '@handraise/shared';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { CATEGORY_LABELS, OPEN_STATES, requestNumber } from '../../lib/labels.ts';
import { useHub, useRequests } from '../../state/hub-context.ts';

type Props = {
  request: HelpRequest;
  isDisabled: boolean;
  onMerge: (intoRequestId: string) => Promise<boolean>;
};

/**
 * The open requests this one could join: about the same thing from the same room (an incident is
 * one room's one problem), theirs to take, not already together with it.
 */
function targetsFor(
  request: HelpRequest,
  requests: readonly HelpRequest[],
  user: Parameters<typeof mayTakeOver>[0],
) {
  return requests.filter(
    (r) =>
      r.id !== request.id &&
      r.site === request.site &&
      r.room === request.room &&
      r.category === request.category &&
      OPEN_STATES.includes(r.state) &&
      (request.incidentId === null || r.incidentId !== request.incidentId) &&
      mayTakeOver(user, r),
  );
}

/** Puts the request into another open request's incident (one is made for both if it has none). */
export function MergeDialog({ request, isDisabled, onMerge }: Props) {
  const { user } = useHub();
  const targets = targetsFor(request, useRequests(), user);
  const [into, setInto] = useState('');
  if (targets.length === 0) return null;
  const chosen = targets.some((r) => r.id === into) ? into : (targets[0]?.id ?? '');
  return (
    <ModalDialog
      trigger={
        <Button className="button" isDisabled={isDisabled}>
          Merge into…
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">Merge into another request</Heading>
          <p className="muted">
            They become one incident: claimed, escalated and resolved together. Each requester reads
            that others asked about the same thing.
            {request.incidentId && ' This request leaves the incident it is in now.'}
          </p>
          <SelectField
            label="Merge with"
            value={chosen}
            onChange={setInto}
            options={targets.map((r) => ({
              id: r.id,
              label: `${requestNumber(r)} ${r.deviceName} · ${CATEGORY_LABELS[r.category]}${r.room ? ` · ${r.room}` : ''}`,
            }))}
          />
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button
              className="button primary"
              onPress={() => {
                void onMerge(chosen).then((done) => {
                  if (done) close();
                });
              }}
            >
              Merge
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
