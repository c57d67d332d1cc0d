import type { UpdateTask } from '@handraise/shared';
import { CheckIcon } from '../../components/icons.tsx';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.tsx';
import { formatWhen } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';

/** Every line is one table row of the data table's fixed height (2.75rem), header the same. */
const LINE_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 44;
/** Lines drawn beyond those in view, so fast scrolling does not show blanks. */
const OVERSCAN_LINES = 10;
const COLUMNS = 4;

/**
 * Each computer of a task: where it is, the version it started at, and its tick when updated.
 * Only the lines in view are drawn, so a task over the whole fleet opens at once.
 */
export function TaskLines({ task, now }: { task: UpdateTask; now: number }) {
  const lines = task.lines;
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(lines.length, {
    rowHeightPx: LINE_HEIGHT_PX,
    headerHeightPx: HEADER_HEIGHT_PX,
    overscanRows: OVERSCAN_LINES,
  });
  return (
    <div className="table-scroll task-lines" ref={scrollRef}>
      <table className="data-table" aria-rowcount={lines.length + 1}>
        <caption className="sr-only">Computers in this task</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Computer</th>
            <th scope="col" className="col-room">
              Room
            </th>
            <th scope="col">Had</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} columns={COLUMNS} />
          {items.map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            return (
              <tr
                key={line.deviceId}
                aria-rowindex={item.index + 2}
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
            );
          })}
          <SpacerRow height={paddingBottom} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}
