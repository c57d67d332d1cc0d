import type { AgentCostRow } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';
import { plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import {
  BUDGET_PART_LABELS,
  formatCpuPercent,
  formatMiB,
  formatSeconds,
} from './agent-cost-labels.ts';
import { ShowAllButton, useFirstRows } from './ShowAllButton.tsx';

const TABLE_ID = 'agent-footprint-table';

/** Where the computer is, which agent it runs and how often it lost the hub: "Lab · agent 1.4 · 2 reconnects". */
const contextLine = (row: AgentCostRow): string =>
  [row.room, row.agentVersion && `agent ${row.agentVersion}`, plural(row.reconnects, 'reconnect')]
    .filter(Boolean)
    .join(' · ');

/**
 * The agents over budget, then the heaviest, as the hub ordered them: each opens its computer,
 * and the parts it is over are named on badges (the colour only helps scanning). The budget's
 * three measures have columns of their own; room, version and reconnects go under the name, so
 * the table fits a card beside the sidebar before it stacks. The first few are shown, the rest on
 * asking.
 */
export function AgentCostTable({ rows, labelledBy }: { rows: AgentCostRow[]; labelledBy: string }) {
  const first = useFirstRows(rows);
  return (
    <>
      <table id={TABLE_ID} className="data-table auto stack-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Computer</th>
            <th scope="col">Over budget</th>
            <th scope="col" className="numeric">
              CPU
            </th>
            <th scope="col" className="numeric">
              Memory
            </th>
            <th scope="col" className="numeric">
              {/* A soft hyphen: the header may break rather than widen a narrow card. */}
              Col{'\u00ad'}lection
            </th>
          </tr>
        </thead>
        <tbody>
          {first.shown.map((row) => (
            <tr key={row.id}>
              <td data-label="Computer">
                <a href={hrefFor('devices', row.id)}>{row.name}</a>
                <div className="muted">{contextLine(row)}</div>
              </td>
              <td data-label="Over budget">
                {row.overBudget.length === 0 ? (
                  <span className="muted">Within budget</span>
                ) : (
                  <span className="pill-row">
                    {row.overBudget.map((part) => (
                      <Pill key={part} tone="bad">
                        {BUDGET_PART_LABELS[part]}
                      </Pill>
                    ))}
                  </span>
                )}
              </td>
              <td data-label="CPU" className="numeric">
                {/* A check-in soon after the one before (a reconnect) says nothing of the average. */}
                {row.cpuPercent === null ? (
                  <span className="muted">Not judged</span>
                ) : (
                  formatCpuPercent(row.cpuPercent)
                )}
              </td>
              <td data-label="Memory" className="numeric">
                {formatMiB(row.peakMemoryMiB)}
              </td>
              <td data-label="Collection" className="numeric">
                {row.collectionSeconds !== null && formatSeconds(row.collectionSeconds)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {first.hasMore && (
        <ShowAllButton
          total={rows.length}
          expanded={first.expanded}
          onToggle={first.toggle}
          controls={TABLE_ID}
        />
      )}
    </>
  );
}
