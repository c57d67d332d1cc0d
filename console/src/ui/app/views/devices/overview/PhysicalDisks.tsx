import type { PhysicalDisk } from '@handraise/shared';
import { Pill } from '../../../components/Pill.tsx';
import { formatBytes } from '../../../lib/format.ts';
import { DISK_HEALTH, DISK_KIND_LABELS } from './overview-labels.ts';

/** The drives in the computer: what each is, how big, what kind, and what the OS says of it. */
export function PhysicalDisks({ disks }: { disks: readonly PhysicalDisk[] }) {
  const hasSerial = disks.some((d) => d.serial !== undefined);
  return (
    <table className="data-table auto stack-table" aria-labelledby="physical-disks">
      <thead>
        <tr>
          <th scope="col">Drive</th>
          <th scope="col">Size</th>
          <th scope="col">Kind</th>
          <th scope="col">Health</th>
          {hasSerial && <th scope="col">Serial number</th>}
        </tr>
      </thead>
      <tbody>
        {disks.map((disk, index) => {
          const health = DISK_HEALTH[disk.health];
          return (
            <tr key={`${disk.name ?? ''}-${index}`}>
              <td data-label="Drive">
                {[disk.model, disk.name].filter(Boolean).join(' · ') || `Drive ${index + 1}`}
              </td>
              <td data-label="Size">
                {disk.sizeBytes !== undefined && formatBytes(disk.sizeBytes)}
              </td>
              <td data-label="Kind">{DISK_KIND_LABELS[disk.kind]}</td>
              <td data-label="Health">
                {health ? <Pill tone={health.tone}>{health.label}</Pill> : 'Not reported'}
              </td>
              {hasSerial && (
                <td data-label="Serial number" className="mono">
                  {disk.serial}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
