import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { UpdateTask } from '@handraise/shared';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { useHub } from '../../state/hub-context.ts';

const NOBODY = 'nobody';

/** The coordinator hands the task to someone else, or cancels it. */
export function TaskActions({ task }: { task: UpdateTask }) {
  const { api, people, user, tasks } = useHub();
  const [assignee, setAssignee] = useState(task.assigneeId ?? NOBODY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const update = async (body: { assigneeId: string | null } | { state: 'cancelled' }) => {
    setBusy(true);
    const result = await api<UpdateTask>(`/api/tasks/${encodeURIComponent(task.id)}`, {
      method: 'PATCH',
      body,
    });
    setBusy(false);
    if (result.ok) tasks.upsert(result.data);
    setError(
      result.ok
        ? ''
        : result.error === 'invalid-state'
          ? 'This task is already finished or cancelled.'
          : 'That did not work. Try again.',
    );
    return result.ok;
  };

  return (
    <div className="action-bar">
      <SelectField
        label="Assigned to"
        options={[
          { id: NOBODY, label: 'Nobody' },
          ...people.map((p) => ({
            id: p.id,
            label: p.id === user.id ? `${p.displayName} (me)` : p.displayName,
          })),
        ]}
        value={assignee}
        onChange={setAssignee}
      />
      <Button
        className="button"
        isDisabled={busy || assignee === (task.assigneeId ?? NOBODY)}
        onPress={() => void update({ assigneeId: assignee === NOBODY ? null : assignee })}
      >
        Reassign
      </Button>
      <DialogTrigger>
        <Button className="button danger" isDisabled={busy}>
          Cancel task…
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog" role="alertdialog">
              {({ close }) => (
                <>
                  <Heading slot="title">Cancel this task?</Heading>
                  <p>
                    “{task.summary}” stops being open. The computers still need the update; the
                    Software page keeps showing them.
                  </p>
                  <div className="dialog-actions">
                    <Button className="button" onPress={close}>
                      Keep it
                    </Button>
                    <Button
                      className="button danger"
                      onPress={() => void update({ state: 'cancelled' }).then(close)}
                    >
                      Cancel task
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      <p className="field-error" role="alert">
        {error}
      </p>
    </div>
  );
}
