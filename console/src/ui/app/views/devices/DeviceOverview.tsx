import { Fragment } from 'react';
import type { DeviceDetail } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatAgo, formatBytes, formatDateTime } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';

/** System and hardware facts, and what the collectors could not read. */
export function DeviceOverview({ device, now }: { device: DeviceDetail; now: number }) {
  const { os, hardware } = device;
  return (
    <div className="grid two">
      <Card title="System" id="device-system">
        <dl className="facts">
          <dt>Operating system</dt>
          <dd>{os ? osLabel(os) : 'Not reported yet'}</dd>
          {os?.build && (
            <>
              <dt>Build</dt>
              <dd>{os.build}</dd>
            </>
          )}
          {os?.kernel && (
            <>
              <dt>Kernel</dt>
              <dd>{os.kernel}</dd>
            </>
          )}
          {os && (
            <>
              <dt>Architecture</dt>
              <dd>{os.arch}</dd>
              <dt>Hostname</dt>
              <dd>{os.hostname}</dd>
            </>
          )}
          {os?.endOfLife && (
            <>
              <dt>Support</dt>
              <dd>End of life: no more security updates</dd>
            </>
          )}
          <dt>Room</dt>
          <dd>{[device.site, device.room].filter(Boolean).join(' · ') || 'Not set'}</dd>
          <dt>Agent</dt>
          <dd>{device.agentVersion ?? 'Not connected yet'}</dd>
          <dt>Enrolled</dt>
          <dd>{formatDateTime(device.enrolledAt)}</dd>
          {device.previousRecords.map((record) => (
            <Fragment key={record.linkedAt}>
              <dt>Re-installed from</dt>
              <dd>
                {record.name}, enrolled {formatDateTime(record.enrolledAt)}; its history was carried
                over {formatDateTime(record.linkedAt)}
                {record.linkedBy ? ` by ${record.linkedBy}` : ' by the automatic rule'}
              </dd>
            </Fragment>
          ))}
          <dt>Last inventory</dt>
          <dd>{formatAgo(device.lastInventoryAt, now)}</dd>
        </dl>
      </Card>
      <Card title="Hardware" id="device-hardware">
        {hardware ? (
          <dl className="facts">
            <dt>Model</dt>
            <dd>
              {[hardware.manufacturer, hardware.model].filter(Boolean).join(' ') || 'Unknown'}
            </dd>
            {hardware.serial && (
              <>
                <dt>Serial number</dt>
                <dd className="mono">{hardware.serial}</dd>
              </>
            )}
            <dt>Processor</dt>
            <dd>
              {hardware.cpu.brand} · {hardware.cpu.physicalCores} cores, {hardware.cpu.cores}{' '}
              threads
            </dd>
            <dt>Memory</dt>
            <dd>{formatBytes(hardware.memoryBytes)}</dd>
            {hardware.disks.map((disk) => (
              <Fragment key={disk.mount}>
                <dt>Disk {disk.mount}</dt>
                <dd>
                  {formatBytes(disk.sizeBytes - disk.usedBytes)} free of{' '}
                  {formatBytes(disk.sizeBytes)} ({disk.fsType})
                </dd>
              </Fragment>
            ))}
            {hardware.gpus.length > 0 && (
              <>
                <dt>Graphics</dt>
                <dd>{hardware.gpus.map((g) => `${g.vendor} ${g.model}`).join(', ')}</dd>
              </>
            )}
            {hardware.battery?.healthPercent !== undefined && (
              <>
                <dt>Battery health</dt>
                <dd>{Math.round(hardware.battery.healthPercent)} % of design capacity</dd>
              </>
            )}
            {hardware.network
              .filter((n) => n.ipv4)
              .map((n) => (
                <Fragment key={n.name}>
                  <dt>Network {n.name}</dt>
                  <dd className="mono">
                    {n.ipv4} · {n.mac}
                  </dd>
                </Fragment>
              ))}
          </dl>
        ) : (
          <p className="muted">Not reported yet.</p>
        )}
      </Card>
      {device.notes.length > 0 && (
        <Card title="What the agent could not read" id="device-notes">
          <ul>
            {device.notes.map((note) => (
              <li key={note.collector}>
                <strong>{note.collector}</strong>: {note.error}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
