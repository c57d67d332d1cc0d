import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { UpdateTask } from '@handraise/shared';
import { CheckIcon } from '../../components/icons.tsx';
import { formatCount, formatWhen } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';

/** Lines shown before "Show all": a room's worth. */
const FIRST_LINES = 12;

/** Each computer of a task: where it is, the version it started at, and its tick when updated. */
export function TaskLines({ task, now }: { task: UpdateTask; now: number }) {
  const [everything, setEverything] = useState(false);
  const lines = everything ? task.lines : task.lines.slice(0, FIRST_LINES);
  return (
    <>
      <div className="table-scroll task-lines">
        <table className="data-table">
          <caption className="sr-only">Computers in this task</caption>
          <thead>
            <tr>
              <th scope="col">Computer</th>
              <th scope="col" className="col-room">
                Room
              </th>
              <th scope="col">Had</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.deviceId}
                data-device-id={line.deviceId}
                data-done={line.doneAt !== null}
              >
                <td>
                  <a className="row-link" href={hrefFor('devices', line.deviceId)}>
                    {line.deviceName}
                  </a>
                </td>
                <td className="col-room">{line.room ?? ''}</td>
                <td className="mono">{line.startVersion ?? 'not installed'}</td>
                <td data-testid="task-line-state">
                  {line.doneAt ? (
                    <span className="tick">
                      <CheckIcon size={16} />
                      <span>
                        <span className="sr-only">Done: </span>
                        <span className="mono">{line.doneVersion ?? ''}</span>{' '}
                        <span className="muted">{formatWhen(line.doneAt, now)}</span>
                      </span>
                    </span>
                  ) : task.state === 'cancelled' ? (
                    <span className="muted">Not done</span>
                  ) : (
                    <span className="muted">Waiting</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lines.length < task.lines.length && (
        <Button className="button small" onPress={() => setEverything(true)}>
          Show all {formatCount(task.lines.length)} computers
        </Button>
      )}
    </>
  );
}
