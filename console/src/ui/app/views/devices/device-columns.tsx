import type { ReactNode } from 'react';
import type { Device } from '@handraise/shared';
import { formatAgo, formatCount } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';
import { UpdatesCell } from './UpdatesCell.tsx';

/**
 * One column of the devices table. `id` is the sorting's column id (see lib/device-order.ts);
 * `className`'s `drop-…` classes make columns give way, in that order, when the table is narrow
 * (see devices.css), so the name stays readable whatever the window and sidebar leave.
 */
export type DeviceColumn = {
  id: string;
  header: string;
  className: string;
  cell: (device: Device, now: number) => ReactNode;
  /** Classes for one cell beyond the column's own. */
  cellClass?: (device: Device) => string;
};

const COLUMNS: readonly DeviceColumn[] = [
  {
    id: 'name',
    header: 'Name',
    className: 'col-name',
    cell: (d) => (
      <a className="row-link" href={hrefFor('devices', d.id)}>
        {d.name}
      </a>
    ),
  },
  {
    id: 'online',
    header: 'Status',
    className: 'col-status',
    cell: (d) => (
      <span className="status-text" data-online={d.online} data-revoked={d.revoked}>
        <span className="dot" aria-hidden="true" />
        {d.revoked ? 'Revoked' : d.online ? 'Online' : 'Offline'}
      </span>
    ),
  },
  {
    id: 'os',
    header: 'Operating system',
    className: 'col-os drop-3',
    cell: (d) => osLabel(d.os) || <span className="muted">Not reported yet</span>,
  },
  {
    id: 'room',
    header: 'Room',
    className: 'col-room',
    cell: (d) => d.room || <span className="muted">—</span>,
  },
  {
    // Titles behind (the verdict engine's count); pending updates stand out at a glance.
    id: 'updatesCount',
    header: 'Updates',
    className: 'col-count numeric',
    cell: (d) => <UpdatesCell device={d} />,
    cellClass: (d) => (d.outdatedCount > 0 ? 'has-updates' : 'no-updates'),
  },
  {
    id: 'softwareCount',
    header: 'Installed',
    className: 'col-count numeric drop-1',
    cell: (d) => formatCount(d.softwareCount),
  },
  {
    id: 'lastSeen',
    header: 'Last seen',
    className: 'col-seen drop-2',
    cell: (d, now) => (d.online ? 'now' : formatAgo(d.lastSeenAt, now)),
  },
];

/**
 * The devices table's columns. Without `showUpdates` (a reader who gets no update verdicts) the
 * Updates column is left out.
 */
export const deviceColumns = (showUpdates: boolean): readonly DeviceColumn[] =>
  showUpdates ? COLUMNS : COLUMNS.filter((column) => column.id !== 'updatesCount');
