import type { Device } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatAgo, formatCount, plural } from '../../lib/format.ts';
import { osLabel } from '../../lib/labels.ts';
import { hrefFor } from '../../lib/route.ts';

type Props = {
  title: string;
  id: string;
  devices: Device[];
  total: number;
  /** The full list this short one is the top of. */
  allHref: string;
  empty: string;
  /** What to say on the right of each row. */
  detail: (device: Device) => string;
  /** Marks a row needs beside its detail (a security fix). */
  mark?: (device: Device) => string | null;
};

/** A short list of devices that need attention, each linking to its page, and to the full list. */
export function DeviceListCard({ title, id, devices, total, allHref, empty, detail, mark }: Props) {
  return (
    <Card
      title={title}
      id={id}
      hint={
        total > devices.length ? (
          // The name starts with the words shown (voice control says what it sees), then the card.
          <a
            href={allHref}
            aria-label={`${devices.length} of ${formatCount(total)} · all ${formatCount(total)}: ${title}`}
          >
            {`${devices.length} of ${formatCount(total)} · all ${formatCount(total)}`}
          </a>
        ) : undefined
      }
      flush
    >
      {devices.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="list">
          {devices.map((d) => {
            const marked = mark?.(d);
            return (
              <li key={d.id}>
                <div className="grow">
                  <a className="title" href={hrefFor('devices', d.id)}>
                    {d.name}
                  </a>
                  <p className="sub">
                    {[d.room, osLabel(d.os)].filter(Boolean).join(' · ') || '—'}
                  </p>
                </div>
                {marked && <Pill tone="bad">{marked}</Pill>}
                <span className="muted nowrap">{detail(d)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** "Last seen 3 h ago" for offline lists. */
export const lastSeen = (now: number) => (d: Device) => `seen ${formatAgo(d.lastSeenAt, now)}`;

/** "4 titles behind" for the most-behind list. */
export const behindDetail = (d: Device) => `${plural(d.outdatedCount, 'title')} behind`;

/** "2 security" beside a computer waiting for security fixes. */
export const securityMark = (d: Device) =>
  d.securityCount > 0 ? `${formatCount(d.securityCount)} security` : null;
