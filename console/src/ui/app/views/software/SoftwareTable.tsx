import type { SoftwareTitleSummary } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';
import { formatCount } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { hrefFor, navigate, useRouteParams } from '../../lib/route.ts';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.tsx';

/** Two lines per row (title, publisher); CSS gives `.software-table` rows the same height. */
const ROW_HEIGHT_PX = 52;
const HEADER_HEIGHT_PX = 44;
const OVERSCAN_ROWS = 10;

type Props = {
  titles: readonly SoftwareTitleSummary[];
  selectedKey: string | null;
  /** Beside an open title: only the columns that decide which title to open next. */
  narrow: boolean;
};

/** A count cell that stays quiet at zero, so the numbers that matter stand out. */
function CountCell({ value, tone }: { value: number; tone?: 'warn' | 'bad' }) {
  return (
    <td className="col-count numeric" data-tone={value > 0 ? tone : undefined}>
      {value > 0 ? formatCount(value) : <span className="muted">0</span>}
    </td>
  );
}

/**
 * Titles with how many devices need an update, can't be judged, or wait for a security fix;
 * virtualized, since a Linux fleet lists thousands of packages under "All".
 */
export function SoftwareTable({ titles, selectedKey, narrow }: Props) {
  // Opening a title, or going back to the list, keeps the filters of the address.
  const [params] = useRouteParams();
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(titles.length, {
    rowHeightPx: ROW_HEIGHT_PX,
    headerHeightPx: HEADER_HEIGHT_PX,
    overscanRows: OVERSCAN_ROWS,
  });
  const columns = narrow ? 4 : 6;

  return (
    <div className="table-scroll virtual fit" ref={scrollRef}>
      <table
        className="data-table software-table"
        aria-rowcount={titles.length + 1}
        data-testid="software-table"
      >
        <caption className="sr-only">
          Software titles, those with a security update first, then most computers needing an
          update. Open a title to see which computers and why.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Title</th>
            {!narrow && (
              <th scope="col" className="col-platforms">
                Systems
              </th>
            )}
            <th scope="col" className="col-count numeric">
              Devices
            </th>
            <th scope="col" className="col-count numeric">
              Need update
            </th>
            {!narrow && (
              <th scope="col" className="col-count numeric">
                Can&rsquo;t tell
              </th>
            )}
            <th scope="col" className="col-count numeric">
              Security
            </th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} columns={columns} />
          {items.map((item) => {
            const title = titles[item.index];
            if (!title) return null;
            const selected = title.key === selectedKey;
            return (
              <tr
                key={title.key}
                aria-rowindex={item.index + 2}
                data-title-key={title.key}
                data-selected={selected}
                onClick={(event) => {
                  // The name is the keyboard path; a click anywhere else on the row opens it too.
                  if (!(event.target instanceof HTMLAnchorElement))
                    navigate('software', title.key, params);
                }}
              >
                <td className="title-cell">
                  <a
                    className="row-link"
                    href={hrefFor('software', title.key, params)}
                    aria-current={selected ? 'true' : undefined}
                    title={title.name}
                  >
                    {title.name}
                  </a>
                  <span className="sub">
                    {title.securityCount > 0 && <Pill tone="bad">Security</Pill>}
                    {title.publisher ?? ''}
                  </span>
                </td>
                {!narrow && (
                  <td className="col-platforms">
                    {title.platforms.map((p) => PLATFORM_LABELS[p]).join(', ')}
                  </td>
                )}
                <td className="col-count numeric">{formatCount(title.deviceCount)}</td>
                <CountCell value={title.behindCount} tone="warn" />
                {!narrow && <CountCell value={title.unknownCount} />}
                <CountCell value={title.securityCount} tone="bad" />
              </tr>
            );
          })}
          <SpacerRow height={paddingBottom} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}
