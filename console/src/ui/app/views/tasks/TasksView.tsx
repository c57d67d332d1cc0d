import { useEffect, useMemo, useState } from 'react';
import type { UpdateTask } from '@handraise/shared';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { useHub, useTasks } from '../../state/hub-context.ts';
import { TaskCard } from './TaskCard.tsx';

type Show = UpdateTask['state'] | 'all';

/** Open tasks first, then the newest. */
function sortTasks(tasks: readonly UpdateTask[]): UpdateTask[] {
  return [...tasks].sort(
    (a, b) =>
      Number(b.state === 'open') - Number(a.state === 'open') ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** A titled list of task cards. */
function TaskGroup(props: {
  id: string;
  title: string;
  tasks: UpdateTask[];
  isCoordinator: boolean;
}) {
  if (props.tasks.length === 0) return null;
  return (
    <section className="task-group" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} <span className="muted">({formatCount(props.tasks.length)})</span>
      </h2>
      {props.tasks.map((task) => (
        <TaskCard key={task.id} task={task} isCoordinator={props.isCoordinator} />
      ))}
    </section>
  );
}

/**
 * Update tasks: which computers someone should update, ticked off live as their inventories show
 * the new version. Advisors see what is assigned to them first; coordinators reassign or cancel.
 */
export function TasksView() {
  const { api, user, tasks: store } = useHub();
  const tasks = useTasks();
  const [show, setShow] = useState<Show>('open');
  const [failed, setFailed] = useState(false);
  const isCoordinator = user.role === 'coordinator';

  // The list also arrives with every (re)connection; fetching on arrival shows a failure here.
  useEffect(() => {
    let current = true;
    void api<UpdateTask[]>('/api/tasks').then((result) => {
      if (!current) return;
      if (result.ok) store.replaceAll(result.data);
      setFailed(!result.ok);
    });
    return () => {
      current = false;
    };
  }, [api, store]);

  const counts = useMemo(() => {
    const c: Record<Show, number> = { open: 0, done: 0, cancelled: 0, all: tasks.length };
    for (const t of tasks) c[t.state]++;
    return c;
  }, [tasks]);
  const shown = useMemo(
    () => sortTasks(show === 'all' ? tasks : tasks.filter((t) => t.state === show)),
    [tasks, show],
  );
  const mine = shown.filter((t) => t.assigneeId === user.id);
  const others = shown.filter((t) => t.assigneeId !== user.id);
  const options = (
    [
      ['open', 'Open'],
      ['done', 'Done'],
      ['cancelled', 'Cancelled'],
      ['all', 'All'],
    ] as const
  ).map(([id, label]) => ({ id, label: `${label} (${formatCount(counts[id])})` }));

  let body;
  if (!store.isLoaded()) {
    body = failed ? (
      <p className="card empty">The hub did not send the tasks. Reload the page to try again.</p>
    ) : (
      <p className="card empty">Loading tasks…</p>
    );
  } else if (tasks.length === 0) {
    body = (
      <div className="card empty center">
        <h2>No update tasks yet</h2>
        <p>
          {isCoordinator ? (
            <>
              Open a title in <a href={hrefFor('software')}>Software</a> and choose “Make an update
              task” to hand its computers to someone.
            </>
          ) : (
            'When the IT coordinator hands you computers to update, they appear here.'
          )}
        </p>
      </div>
    );
  } else if (shown.length === 0) {
    body = <p className="card empty">No {show === 'all' ? '' : `${show} `}tasks.</p>;
  } else {
    body = (
      <>
        <TaskGroup
          id="tasks-mine"
          title="Assigned to you"
          tasks={mine}
          isCoordinator={isCoordinator}
        />
        <TaskGroup
          id="tasks-others"
          title={mine.length > 0 ? 'Other tasks' : 'Tasks'}
          tasks={others}
          isCoordinator={isCoordinator}
        />
      </>
    );
  }

  const openMine = tasks.filter((t) => t.state === 'open' && t.assigneeId === user.id).length;
  return (
    <div className="page tasks-page">
      <header className="page-header">
        <div>
          <h1>Tasks</h1>
          <p className="subtitle">
            {plural(counts.open, 'open task')}
            {openMine > 0 ? ` · ${formatCount(openMine)} assigned to you` : ''}
          </p>
        </div>
      </header>
      <div className="toolbar" role="search" aria-label="Filter tasks">
        <SegmentedField label="Show" options={options} value={show} onChange={setShow} />
      </div>
      {body}
    </div>
  );
}
