import { useEffect, useRef } from 'react';
import { formatCount } from '../../lib/format.ts';

/**
 * The header's box: ticks every computer the filters show ("Select the 47 shown"), or unticks
 * them; half-ticked while only some are.
 */
export function SelectAllHeader({
  shown,
  state,
  onToggle,
}: {
  shown: number;
  state: 'none' | 'some' | 'all';
  onToggle: () => void;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <th scope="col" className="col-select">
      <input
        ref={box}
        type="checkbox"
        className="row-check"
        checked={state === 'all'}
        disabled={shown === 0}
        aria-label={
          state === 'all'
            ? `Unselect the ${formatCount(shown)} shown`
            : `Select the ${formatCount(shown)} shown`
        }
        onChange={onToggle}
      />
    </th>
  );
}

/** One row's box; Shift+click ticks (or unticks) the rows from the last one picked to this one. */
export function SelectRowCell({
  name,
  selected,
  onToggle,
}: {
  name: string;
  selected: boolean;
  onToggle: (range: boolean) => void;
}) {
  return (
    // A click beside the box must not open the computer's page, as a click on the row does.
    <td className="col-select" onClick={(event) => event.stopPropagation()}>
      <input
        type="checkbox"
        className="row-check"
        checked={selected}
        aria-label={`Select ${name}`}
        // The click carries Shift; the change event that follows it does not.
        onClick={(event) => {
          event.stopPropagation();
          onToggle(event.shiftKey);
        }}
        onChange={() => undefined}
      />
    </td>
  );
}
