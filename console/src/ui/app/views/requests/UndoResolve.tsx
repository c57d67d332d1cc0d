import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { RESOLVE_UNDO_MS } from '@handraise/shared';

const SECOND_MS = 1_000;

type Props = {
  /** When the resolve was answered (this page's clock): the offer runs RESOLVE_UNDO_MS from it. */
  since: number;
  isDisabled: boolean;
  onUndo: () => void;
  /** The offer ran out; `hadFocus` says whether the Undo button held the focus then. */
  onExpired: (hadFocus: boolean) => void;
};

/**
 * "Resolved · Undo" for a few seconds after a resolve. The resolve is already on the hub (nothing
 * is lost if the page closes); Undo asks the hub to take it back. The button takes the focus, so
 * Enter undoes at once; the seconds left are shown, not read out every second.
 */
export function UndoResolve({ since, isDisabled, onUndo, onExpired }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [left, setLeft] = useState(RESOLVE_UNDO_MS);

  useEffect(() => {
    // After the dialog that resolved it has closed and given its focus back.
    const frame = requestAnimationFrame(() => button.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const tick = setInterval(() => {
      const remaining = RESOLVE_UNDO_MS - (Date.now() - since);
      if (remaining > 0) return setLeft(remaining);
      clearInterval(tick);
      onExpired(document.activeElement === button.current);
    }, SECOND_MS / 4);
    return () => clearInterval(tick);
  }, [since, onExpired]);

  return (
    <div className="undo-resolve">
      <span>Resolved.</span>
      <Button ref={button} className="button primary" isDisabled={isDisabled} onPress={onUndo}>
        Undo
      </Button>
      <span className="muted" aria-hidden="true">
        {Math.ceil(left / SECOND_MS)} s
      </span>
    </div>
  );
}
