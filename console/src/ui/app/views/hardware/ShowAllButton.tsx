import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatCount } from '../../lib/format.ts';

/**
 * Rows a fleet list shows before "Show all": the worst few are what a coordinator acts on next,
 * and two 50-row lists would push the rest of the page thousands of pixels down.
 */
export const FIRST_ROWS_SHOWN = 8;

/** The first rows of a list, in their order, or all of them once the reader asked. */
export function useFirstRows<T>(rows: readonly T[], first = FIRST_ROWS_SHOWN) {
  const [expanded, setExpanded] = useState(false);
  return {
    shown: expanded ? rows : rows.slice(0, first),
    expanded,
    /** Whether there is more than the first few, so a button to show them is worth drawing. */
    hasMore: rows.length > first,
    toggle: () => setExpanded((open) => !open),
  };
}

type Props = {
  total: number;
  expanded: boolean;
  onToggle: () => void;
  /** The id of the table the button lengthens and shortens. */
  controls: string;
  first?: number;
};

/** "Show all 50" under a shortened list, and "Show the first 8" to shorten it again. */
export function ShowAllButton({
  total,
  expanded,
  onToggle,
  controls,
  first = FIRST_ROWS_SHOWN,
}: Props) {
  return (
    <div className="show-all">
      <Button
        className="button small"
        aria-expanded={expanded}
        aria-controls={controls}
        onPress={onToggle}
      >
        {expanded ? `Show the first ${formatCount(first)}` : `Show all ${formatCount(total)}`}
      </Button>
    </div>
  );
}
