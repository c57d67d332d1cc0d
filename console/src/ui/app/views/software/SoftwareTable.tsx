import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SoftwareTitle } from '@handraise/shared';
import { formatCount } from '../../lib/format.ts';

const ROW_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 44;
const OVERSCAN_ROWS = 10;
const COLUMNS = 4;

type Props = {
  titles: SoftwareTitle[];
  selected: string | null;
  onSelect: (name: string) => void;
};

/** Titles with version and device counts, virtualized (a Linux fleet lists thousands of packages). */
export function SoftwareTable({ titles, selected, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: titles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    scrollMargin: HEADER_HEIGHT_PX,
    overscan: OVERSCAN_ROWS,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const paddingTop = first ? first.start - HEADER_HEIGHT_PX : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT_PX) : 0;

  return (
    <div className="table-scroll virtual" ref={scrollRef}>
      <table className="data-table" aria-rowcount={titles.length + 1}>
        <caption className="sr-only">Installed titles; choose one to see its versions.</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Title</th>
            <th scope="col" className="col-publisher">
              Publisher
            </th>
            <th scope="col" className="col-count numeric">
              Versions
            </th>
            <th scope="col" className="col-count numeric">
              Devices
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const title = titles[item.index];
            if (!title) return null;
            return (
              <tr
                key={title.name}
                aria-rowindex={item.index + 2}
                data-selected={title.name === selected}
                onClick={() => onSelect(title.name)}
              >
                <td>
                  <button
                    type="button"
                    className="sort-button row-link title-button"
                    aria-pressed={title.name === selected}
                    title={title.name}
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect(title.name);
                    }}
                  >
                    {title.name}
                  </button>
                </td>
                <td className="col-publisher muted">{title.publisher ?? ''}</td>
                <td className="col-count numeric">{formatCount(title.versions.length)}</td>
                <td className="col-count numeric">{formatCount(title.deviceCount)}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
