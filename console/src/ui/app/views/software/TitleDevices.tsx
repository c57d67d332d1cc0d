import { useMemo, useState } from 'react';
import type { SoftwareTitleDetail, TitleDeviceVerdict, VerdictStatus } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { StatusPill } from '../../components/Pill.tsx';
import { ReasonList } from '../../components/ReasonList.tsx';
import { useVirtualRows } from '../../components/virtual-rows.tsx';
import { formatCount } from '../../lib/format.ts';
import { hrefFor } from '../../lib/route.ts';
import { isSecurity, STATUS_LABELS, versionChange } from '../../lib/software-labels.ts';

/**
 * A computer's entry is about this tall with one reason; entries are measured once drawn, so
 * more reasons only move the scroll bar a little.
 */
const ENTRY_HEIGHT_PX = 92;
/** Entries drawn beyond those in view, so fast scrolling does not show blanks. */
const OVERSCAN_ENTRIES = 6;

type Show = VerdictStatus | 'all';

const STATUS_ORDER: Record<VerdictStatus, number> = { behind: 0, unknown: 1, current: 2 };
/** One collator for every comparison: `localeCompare` with options makes one per call. */
const naturalOrder = new Intl.Collator(undefined, { numeric: true });

/**
 * Needing an update first (a security fix before the rest), then by room and name. Each
 * computer's security flag is worked out once, not at every comparison (8,000 computers make
 * some 100,000 of them).
 */
function sortDevices(devices: readonly TitleDeviceVerdict[]): TitleDeviceVerdict[] {
  const keyed = devices.map((d) => ({
    d,
    status: STATUS_ORDER[d.status],
    security: d.reasons.some(isSecurity) ? 0 : 1,
  }));
  keyed.sort(
    (a, b) =>
      a.status - b.status ||
      a.security - b.security ||
      naturalOrder.compare(a.d.room ?? '', b.d.room ?? '') ||
      naturalOrder.compare(a.d.deviceName, b.d.deviceName),
  );
  return keyed.map((k) => k.d);
}

/** The computers with this title: status, installed → target version, and why. */
export function TitleDevices({ detail }: { detail: SoftwareTitleDetail }) {
  const [show, setShow] = useState<Show>(detail.behindCount > 0 ? 'behind' : 'all');
  const sorted = useMemo(() => sortDevices(detail.devices), [detail.devices]);
  const counts = useMemo(() => {
    const c: Record<Show, number> = { behind: 0, unknown: 0, current: 0, all: sorted.length };
    for (const d of sorted) c[d.status]++;
    return c;
  }, [sorted]);
  const shown = useMemo(
    () => (show === 'all' ? sorted : sorted.filter((d) => d.status === show)),
    [sorted, show],
  );
  // Only the entries in view are drawn: a title on 8,000 computers scrolls like one on 80.
  const { scrollRef, items, totalSize, measureRow } = useVirtualRows(shown.length, {
    rowHeightPx: ENTRY_HEIGHT_PX,
    headerHeightPx: 0,
    overscanRows: OVERSCAN_ENTRIES,
  });
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
        <div className="verdict-scroll" ref={scrollRef} data-testid="title-devices">
          {/*
           * As tall as all its entries (so the box scrolls true), each drawn entry placed at its
           * offset; read out as "n of 8,511" wherever it is entered, though few entries exist.
           */}
          <ul
            className="verdict-list virtual"
            aria-labelledby="title-devices-heading"
            style={{ height: totalSize }}
          >
            {items.map((item) => {
              const d = shown[item.index];
              if (!d) return null;
              return (
                <li
                  key={d.deviceId}
                  ref={measureRow}
                  data-index={item.index}
                  aria-setsize={shown.length}
                  aria-posinset={item.index + 1}
                  data-device-id={d.deviceId}
                  data-status={d.status}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
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
              );
            })}
          </ul>
        </div>
      )}
    </Card>
  );
}
