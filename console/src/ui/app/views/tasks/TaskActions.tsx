import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { UpdateTask } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { AssigneeSelect } from '../../components/fields/AssigneeSelect.tsx';
import { useHub } from '../../state/hub-context.ts';

/** The coordinator hands the task to someone else, or cancels it. */
export function TaskActions({ task }: { task: UpdateTask }) {
  const { api, tasks } = useHub();
  const [assignee, setAssignee] = useState(task.assigneeId);
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
      <AssigneeSelect
        label="Assigned to"
        nobodyLabel="Nobody"
        value={assignee}
        onChange={setAssignee}
      />
      <Button
        className="button"
        isDisabled={busy || assignee === task.assigneeId}
        onPress={() => void update({ assigneeId: assignee })}
      >
        Reassign
      </Button>
      <ConfirmDialog
        trigger={
          <Button className="button danger" isDisabled={busy}>
            Cancel task…
          </Button>
        }
        heading="Cancel this task?"
        cancelLabel="Keep it"
        confirmLabel="Cancel task"
        onConfirm={() => update({ state: 'cancelled' })}
      >
        “{task.summary}” stops being open. The computers still need the update; the Software page
        keeps showing them.
      </ConfirmDialog>
      <p className="field-error" role="alert">
        {error}
      </p>
    </div>
  );
}
