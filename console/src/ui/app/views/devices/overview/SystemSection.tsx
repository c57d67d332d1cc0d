import { Fragment } from 'react';
import type { DeviceDetail } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { formatAgo, formatDateTime } from '../../../lib/format.ts';
import { osLabel } from '../../../lib/labels.ts';

/** The operating system, where the computer is, its agent and its enrollment history. */
export function SystemSection({ device, now }: { device: DeviceDetail; now: number }) {
  const { os } = device;
  return (
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
  );
}
