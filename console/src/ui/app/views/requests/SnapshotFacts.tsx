import type { DeviceSnapshot } from '@handraise/shared';
import { formatBytes } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';

/** The device as it was at the click: what the requester's computer looked like then. */
export function SnapshotFacts({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  if (!snapshot)
    return <p className="muted">The agent did not send a snapshot with this request.</p>;
  const { os, hardware } = snapshot;
  const disk = hardware?.disks[0];
  return (
    <dl className="facts">
      {os && (
        <>
          <dt>Operating system</dt>
          <dd>
            {osLabel(os)}
            {os.build ? ` (build ${os.build})` : ''} · {os.arch}
          </dd>
          <dt>Hostname</dt>
          <dd>{os.hostname}</dd>
        </>
      )}
      {hardware && (
        <>
          <dt>Model</dt>
          <dd>{[hardware.manufacturer, hardware.model].filter(Boolean).join(' ') || 'Unknown'}</dd>
          <dt>Processor</dt>
          <dd>
            {hardware.cpu.brand} · {hardware.cpu.cores} threads
          </dd>
          <dt>Memory</dt>
          <dd>{formatBytes(hardware.memoryBytes)}</dd>
          {disk && (
            <>
              <dt>Disk {disk.mount}</dt>
              <dd>
                {formatBytes(disk.sizeBytes - disk.usedBytes)} free of {formatBytes(disk.sizeBytes)}
              </dd>
            </>
          )}
        </>
      )}
      {snapshot.softwareCount !== undefined && (
        <>
          <dt>Installed titles</dt>
          <dd>{snapshot.softwareCount}</dd>
        </>
      )}
      {snapshot.updatesCount !== undefined && (
        <>
          <dt>Pending updates</dt>
          <dd>{snapshot.updatesCount}</dd>
        </>
      )}
    </dl>
  );
}
