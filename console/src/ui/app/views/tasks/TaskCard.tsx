import { Label, ProgressBar } from 'react-aria-components';
import type { UpdateTask } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';
import { formatWhen } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { TASK_STATE_LABELS, TASK_STATE_TONES } from '../../lib/software-labels.ts';
import { useNow } from '../../lib/use-now.ts';
import { useHub } from '../../state/hub-context.ts';
import { TaskActions } from './TaskActions.tsx';
import { TaskLines } from './TaskLines.tsx';

type Props = { task: UpdateTask; isCoordinator: boolean };

/** One task: what to update where, who does it, how far along, and each computer's line. */
export function TaskCard({ task, isCoordinator }: Props) {
  const { people, user } = useHub();
  const now = useNow();
  const done = task.lines.filter((l) => l.doneAt !== null).length;
  const total = task.lines.length;
  // The hub writes the maker's name; an id (from an older hub) is looked up among people.
  const maker = people.find((p) => p.id === task.createdBy)?.displayName ?? task.createdBy;
  const headingId = `task-${task.id}`;
  const assignee =
    task.assigneeId === user.id
      ? 'Assigned to you'
      : task.assigneeName
        ? `Assigned to ${task.assigneeName}`
        : 'Nobody assigned yet';

  return (
    <article
      className="card task-card"
      aria-labelledby={headingId}
      data-task-id={task.id}
      data-state={task.state}
    >
      <div className="task-head">
        <h3 id={headingId}>{task.summary}</h3>
        <Pill tone={TASK_STATE_TONES[task.state]}>{TASK_STATE_LABELS[task.state]}</Pill>
      </div>
      <p className="meta">
        <span data-testid="task-assignee">{assignee}</span>
        {' · '}
        <a href={hrefFor('software', task.titleKey)}>{task.titleName}</a>
        {' · '}made {formatWhen(task.createdAt, now)}
        {maker ? ` by ${maker}` : ''}
        {task.doneAt ? ` · finished ${formatWhen(task.doneAt, now)}` : ''}
      </p>
      {task.note && <p className="task-note">{task.note}</p>}
      <ProgressBar
        className="progress"
        value={done}
        minValue={0}
        maxValue={Math.max(1, total)}
        valueLabel={`${done} of ${total} done`}
      >
        {({ percentage, valueText }) => (
          <>
            <div className="progress-labels">
              <Label className="sr-only">Progress of {task.titleName}</Label>
              <span className="progress-text" data-testid="task-progress">
                {valueText}
              </span>
            </div>
            <div className="progress-track" aria-hidden="true">
              <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      <TaskLines task={task} now={now} />
      {isCoordinator && task.state === 'open' && <TaskActions task={task} />}
    </article>
  );
}
