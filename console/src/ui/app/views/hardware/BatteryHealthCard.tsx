import {
  BATTERY_REPLACE_BELOW_PERCENT,
  BATTERY_WORN_BELOW_PERCENT,
  type FleetHardwareHealth,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatCount, plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import {
  BATTERY_BAD_PERCENT,
  BATTERY_WARN_PERCENT,
  formatPercent,
  lowIsBadTone,
} from '../devices/overview/overview-labels.ts';
import { SpaceBar } from '../devices/overview/SpaceBar.tsx';
import { ShowAllButton, useFirstRows } from './ShowAllButton.tsx';

const TABLE_ID = 'worn-batteries-table';

/** The most worn batteries in the school, weakest first, each opening its computer. */
export function BatteryHealthCard({ batteries }: { batteries: FleetHardwareHealth['batteries'] }) {
  const rows = useFirstRows(batteries.devices);
  return (
    <Card title="Most worn batteries" id="worn-batteries">
      {batteries.reported === 0 ? (
        <p className="summary">No computer has reported a battery&apos;s health yet.</p>
      ) : (
        <p className="summary" data-testid="battery-summary">
          Of {plural(batteries.reported, 'computer')} with a battery,{' '}
          {formatCount(batteries.under60)} {batteries.under60 === 1 ? 'is' : 'are'} under{' '}
          {BATTERY_REPLACE_BELOW_PERCENT} % health (due for a new battery) and{' '}
          {formatCount(batteries.under80)} under {BATTERY_WORN_BELOW_PERCENT} %.
        </p>
      )}
      {batteries.devices.length > 0 && (
        <table
          id={TABLE_ID}
          className="data-table auto stack-table"
          aria-labelledby="worn-batteries"
        >
          <thead>
            <tr>
              <th scope="col">Computer</th>
              <th scope="col">Room</th>
              <th scope="col">Health</th>
              <th scope="col" className="numeric">
                Charge cycles
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((row) => {
              const tone = lowIsBadTone(
                row.healthPercent,
                BATTERY_WARN_PERCENT,
                BATTERY_BAD_PERCENT,
              );
              return (
                <tr key={row.id}>
                  <td data-label="Computer">
                    <a href={hrefFor('devices', row.id)}>{row.name}</a>
                  </td>
                  <td data-label="Room">{row.room}</td>
                  <td data-label="Health">
                    <span className="health-cell">
                      <SpaceBar percent={row.healthPercent} tone={tone} />
                      <span className="space-text" data-tone={tone}>
                        {formatPercent(row.healthPercent)}
                      </span>
                    </span>
                  </td>
                  <td data-label="Charge cycles" className="numeric">
                    {row.cycleCount !== null && formatCount(row.cycleCount)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.hasMore && (
        <ShowAllButton
          total={batteries.devices.length}
          expanded={rows.expanded}
          onToggle={rows.toggle}
          controls={TABLE_ID}
        />
      )}
    </Card>
  );
}
