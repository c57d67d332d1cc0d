import {
  DISK_CRITICAL_BELOW_FREE_PERCENT,
  DISK_LOW_BELOW_FREE_PERCENT,
  type FleetHardwareHealth,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatBytes, formatCount, plural } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import {
  FREE_SPACE_BAD_PERCENT,
  FREE_SPACE_WARN_PERCENT,
  formatPercent,
  lowIsBadTone,
} from '../devices/overview/overview-labels.ts';
import { SpaceBar } from '../devices/overview/SpaceBar.tsx';
import { ShowAllButton, useFirstRows } from './ShowAllButton.tsx';

const TABLE_ID = 'fullest-disks-table';

/** The fullest disks in the school, least free space first, each opening its computer. */
export function StorageHealthCard({ storage }: { storage: FleetHardwareHealth['storage'] }) {
  const rows = useFirstRows(storage.devices);
  return (
    <Card title="Fullest disks" id="fullest-disks">
      {storage.reported === 0 ? (
        <p className="summary">No computer has reported its disks yet.</p>
      ) : (
        <p className="summary" data-testid="storage-summary">
          Of {plural(storage.reported, 'computer')}, {formatCount(storage.under10PercentFree)}{' '}
          {storage.under10PercentFree === 1 ? 'has' : 'have'} under{' '}
          {DISK_CRITICAL_BELOW_FREE_PERCENT} % free on a disk (updates start failing) and{' '}
          {formatCount(storage.under20PercentFree)} under {DISK_LOW_BELOW_FREE_PERCENT} %.
        </p>
      )}
      {storage.devices.length > 0 && (
        <table
          id={TABLE_ID}
          className="data-table auto stack-table"
          aria-labelledby="fullest-disks"
        >
          <thead>
            <tr>
              <th scope="col">Computer</th>
              <th scope="col">Room</th>
              <th scope="col">Disk</th>
              <th scope="col">Free space</th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((row) => {
              const tone = lowIsBadTone(
                row.freePercent,
                FREE_SPACE_WARN_PERCENT,
                FREE_SPACE_BAD_PERCENT,
              );
              return (
                <tr key={row.id}>
                  <td data-label="Computer">
                    <a href={hrefFor('devices', row.id)}>{row.name}</a>
                  </td>
                  <td data-label="Room">{row.room}</td>
                  <td data-label="Disk" className="mono">
                    {row.mount}
                  </td>
                  <td data-label="Free space">
                    <span className="health-cell">
                      {/* Free space fills the bar, as on the computer's page. */}
                      <SpaceBar percent={row.freePercent} tone={tone} />
                      <span className="space-text" data-tone={tone}>
                        {formatBytes(row.freeBytes)} ({formatPercent(row.freePercent)})
                      </span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.hasMore && (
        <ShowAllButton
          total={storage.devices.length}
          expanded={rows.expanded}
          onToggle={rows.toggle}
          controls={TABLE_ID}
        />
      )}
    </Card>
  );
}
