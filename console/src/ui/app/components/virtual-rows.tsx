import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * Row and header heights a virtualized table is drawn with, and rows kept beyond the view.
 * Rows of differing heights start at `rowHeightPx` and are measured once drawn (`measureRow`).
 */
type Sizes = { rowHeightPx: number; headerHeightPx: number; overscanRows: number };

/**
 * Only the rows in view (and a few more) of a long table in a scrolling box: the rows to draw,
 * and the empty space above and below them that keeps the scroll bar true.
 */
export function useVirtualRows(count: number, sizes: Sizes) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => sizes.rowHeightPx,
    // The sticky header sits inside the scrolling box, above the first row.
    scrollMargin: sizes.headerHeightPx,
    overscan: sizes.overscanRows,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    scrollRef,
    items,
    paddingTop: first ? first.start - sizes.headerHeightPx : 0,
    paddingBottom: last ? virtualizer.getTotalSize() - (last.end - sizes.headerHeightPx) : 0,
    /** For rows of differing heights: the ref each drawn row (with `data-index`) reports through. */
    measureRow: virtualizer.measureElement,
    /** Every row's height together (measured or estimated), for lists placed by offset. */
    totalSize: virtualizer.getTotalSize(),
  };
}

/** The empty space standing in for rows out of view. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
