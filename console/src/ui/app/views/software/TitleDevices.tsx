import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SoftwareTitleDetail, TitleDeviceVerdict, VerdictStatus } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { StatusPill } from '../../components/Pill.tsx';
import { ReasonList } from '../../components/ReasonList.tsx';
import { formatCount } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { isSecurity, STATUS_LABELS, versionChange } from '../../lib/software-labels.ts';

/** Computers listed before "Show all": enough for a room or two, quick to draw. */
const FIRST_ROWS = 100;

type Show = VerdictStatus | 'all';

const STATUS_ORDER: Record<VerdictStatus, number> = { behind: 0, unknown: 1, current: 2 };
const byRoom = (a: string | null, b: string | null) =>
  (a ?? '').localeCompare(b ?? '', undefined, { numeric: true });

/** Needing an update first (a security fix before the rest), then by room and name. */
function sortDevices(devices: readonly TitleDeviceVerdict[]): TitleDeviceVerdict[] {
  const security = (d: TitleDeviceVerdict) => Number(d.reasons.some(isSecurity));
  return [...devices].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      security(b) - security(a) ||
      byRoom(a.room, b.room) ||
      a.deviceName.localeCompare(b.deviceName, undefined, { numeric: true }),
  );
}

/** The computers with this title: status, installed → target version, and why. */
export function TitleDevices({ detail }: { detail: SoftwareTitleDetail }) {
  const [show, setShow] = useState<Show>(detail.behindCount > 0 ? 'behind' : 'all');
  const [everything, setEverything] = useState(false);
  const sorted = useMemo(() => sortDevices(detail.devices), [detail.devices]);
  const counts = useMemo(() => {
    const c: Record<Show, number> = { behind: 0, unknown: 0, current: 0, all: sorted.length };
    for (const d of sorted) c[d.status]++;
    return c;
  }, [sorted]);
  const shown = show === 'all' ? sorted : sorted.filter((d) => d.status === show);
  const drawn = everything ? shown : shown.slice(0, FIRST_ROWS);
  const options = (['behind', 'unknown', 'current', 'all'] as const).map((id) => ({
    id,
    label: `${id === 'all' ? 'All' : STATUS_LABELS[id]} (${formatCount(counts[id])})`,
  }));

  return (
    <Card title="Computers" id="title-devices-heading">
      <SegmentedField label="Show computers" options={options} value={show} onChange={setShow} />
      {shown.length === 0 ? (
        <p className="empty">No computer here.</p>
      ) : (
        <ul className="verdict-list" aria-labelledby="title-devices-heading">
          {drawn.map((d) => (
            <li key={d.deviceId} data-device-id={d.deviceId} data-status={d.status}>
              <div className="verdict-head">
                <a className="title" href={hrefFor('devices', d.deviceId)}>
                  {d.deviceName}
                </a>
                <span className="sub">{[d.room, d.site].filter(Boolean).join(' · ')}</span>
                <StatusPill status={d.status} />
              </div>
              <p className="mono version-change">
                {versionChange(d.version, d.status === 'current' ? null : d.targetVersion)}
              </p>
              <ReasonList reasons={d.reasons} />
            </li>
          ))}
        </ul>
      )}
      {drawn.length < shown.length && (
        <Button className="button small" onPress={() => setEverything(true)}>
          Show all {formatCount(shown.length)} computers
        </Button>
      )}
    </Card>
  );
}
