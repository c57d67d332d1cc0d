import { useEffect, useRef, useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import type { ErrorCode, SoftwareTitleDetail, UpdateTask } from '@handraise/shared';
import { AssigneeSelect } from '../../components/fields/AssigneeSelect.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { hubMessage } from '../../lib/api.ts';
import { plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { scopeSuffix, toScope, type ScopeFilter } from '../../lib/software-scope.ts';
import { useHub } from '../../state/hub-context.ts';

const ERRORS: Partial<Record<ErrorCode, string>> = {
  forbidden: 'Only the IT coordinator makes update tasks.',
  'not-found': 'That title or person no longer exists.',
  'invalid-state': 'No computer here needs this update any more.',
  unavailable: 'The hub did not answer. Check the connection and try again.',
};

type Props = { detail: SoftwareTitleDetail; scope: ScopeFilter };

/**
 * Turns "this title is behind here" into work for someone: the hub lists the computers that need
 * it (in the chosen site or room) and ticks each off when its next inventory shows the update.
 */
export function MakeTaskDialog({ detail, scope }: Props) {
  const { api, tasks } = useHub();
  const [assignee, setAssignee] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [made, setMade] = useState<UpdateTask | null>(null);
  // The button pressed is gone once the task is made: focus goes to what was made.
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (made) summary.current?.focus();
  }, [made]);

  const make = async () => {
    setBusy(true);
    setError('');
    const result = await api<UpdateTask>('/api/tasks', {
      body: {
        titleKey: detail.key,
        ...toScope(scope),
        ...(assignee !== null ? { assigneeId: assignee } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(hubMessage(result) ?? ERRORS[result.error] ?? 'The task was not made. Try again.');
      return;
    }
    // The push arrives too; adding it now shows it on the Tasks page without waiting.
    tasks.upsert(result.data);
    setMade(result.data);
  };

  const reset = () => {
    setMade(null);
    setError('');
    setNote('');
    setAssignee(null);
  };

  return (
    <ModalDialog
      trigger={
        <Button className="button primary" isDisabled={detail.behindCount === 0}>
          Make an update task
        </Button>
      }
      onOpenChange={(open) => open || reset()}
    >
      {({ close }) =>
        made ? (
          <>
            <Heading slot="title">Task made</Heading>
            <p
              className="notice good"
              role="status"
              data-testid="task-summary"
              ref={summary}
              tabIndex={-1}
            >
              {made.summary}
            </p>
            <p className="muted">
              {made.assigneeName
                ? `${made.assigneeName} sees it on their Tasks page.`
                : 'Nobody is assigned yet; assign someone from the Tasks page.'}{' '}
              Each computer is ticked off by itself when its next inventory shows the update.
            </p>
            <div className="dialog-actions">
              <a className="button" href={hrefFor('tasks')} onClick={close}>
                Open Tasks
              </a>
              <Button className="button primary" onPress={close}>
                Done
              </Button>
            </div>
          </>
        ) : (
          <>
            <Heading slot="title">Make an update task for {detail.name}</Heading>
            <p>
              The task lists the {plural(detail.behindCount, 'computer')}
              {scopeSuffix(scope)} that need this update. Each is ticked off by itself when its next
              inventory shows the update installed.
            </p>
            <AssigneeSelect
              label="Assign to"
              nobodyLabel="Nobody yet"
              value={assignee}
              onChange={setAssignee}
            />
            <TextInput
              label="Note (optional)"
              description="For example: after school on Thursday, the laptops are in the cart."
              multiline
              value={note}
              onChange={setNote}
            />
            <p className="form-error" role="alert">
              {error}
            </p>
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                Cancel
              </Button>
              <Button className="button primary" isDisabled={busy} onPress={() => void make()}>
                Make task
              </Button>
            </div>
          </>
        )
      }
    </ModalDialog>
  );
}
