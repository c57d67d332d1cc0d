import type { Device } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { formatAgo, plural } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';

type Props = {
  title: string;
  id: string;
  devices: Device[];
  total: number;
  empty: string;
  /** What to say on the right of each row. */
  detail: (device: Device) => string;
};

/** A short list of devices that need attention, each linking to its page. */
export function DeviceListCard({ title, id, devices, total, empty, detail }: Props) {
  return (
    <Card
      title={title}
      id={id}
      hint={total > devices.length ? `${devices.length} of ${total}` : undefined}
      flush
    >
      {devices.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="list">
          {devices.map((d) => (
            <li key={d.id}>
              <div className="grow">
                <a className="title" href={hrefFor('devices', d.id)}>
                  {d.name}
                </a>
                <p className="sub">{[d.room, osLabel(d.os)].filter(Boolean).join(' · ') || '—'}</p>
              </div>
              <span className="muted nowrap">{detail(d)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "Last seen 3 h ago" for offline lists. */
export const lastSeen = (now: number) => (d: Device) => `seen ${formatAgo(d.lastSeenAt, now)}`;

/** "4 updates" for update lists. */
export const updatesDetail = (d: Device) => plural(d.updatesCount, 'update');
