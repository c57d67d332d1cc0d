// Lies over the preview while blurring: drag a rectangle with the mouse (or finger), click or tap
// where the part is, activate it with a screen reader, or use the keyboard (arrows move a box,
// Shift+arrows size it, Enter hides what it covers). Where the box stands is said in words.
import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/i18n-context.tsx';
import {
  boxInPercent,
  dragBox,
  nudgeBox,
  startingBox,
  type Box,
  type Point,
  type Size,
} from '../preview-geometry.ts';

/** Drags smaller than this, in CSS pixels, are taken for a click on one spot. */
const MIN_DRAG_PX = 6;
/** One arrow-key step, as a share of the preview's width or height. */
const KEY_STEP = 0.04;

const ARROWS: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * Reports the chosen box in the overlay's own CSS pixels, with the overlay's size. `number` is the
 * box's place among the parts hidden (the first one is 1), for the spoken position.
 */
export function BlurSelector(props: {
  busy: boolean;
  number: number;
  onSelect: (box: Box, shown: Size) => void;
}) {
  const t = useT();
  const area = useRef<HTMLDivElement>(null);
  const start = useRef<Point | null>(null);
  // A drag ends with a click too: that click must not hide a second part.
  const dragged = useRef(false);
  const [box, setBox] = useState<Box | null>(null);

  const shownSize = (): Size => {
    const bounds = area.current?.getBoundingClientRect();
    return { width: bounds?.width ?? 0, height: bounds?.height ?? 0 };
  };
  const pointAt = (event: PointerEvent | MouseEvent): Point => {
    const bounds = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  };
  const choose = (chosen: Box, size: Size) => {
    props.onSelect(chosen, size);
    setBox(null);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (props.busy || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragged.current = false;
    start.current = pointAt(event);
    setBox({ ...start.current, width: 0, height: 0 });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) setBox(dragBox(start.current, pointAt(event), shownSize()));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const chosen = dragBox(start.current, pointAt(event), shownSize());
    start.current = null;
    if (chosen.width >= MIN_DRAG_PX && chosen.height >= MIN_DRAG_PX) {
      dragged.current = true;
      choose(chosen, shownSize());
    } else {
      setBox(null);
    }
  };

  // A click on one spot hides a box around it. A click with no pointer behind it (`detail` 0: a
  // screen reader's activation, a switch device) hides the box as it stands, where it was said.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.detail !== 0 && dragged.current) {
      dragged.current = false;
      return;
    }
    if (props.busy) return;
    const size = shownSize();
    if (event.detail === 0) choose(box ?? startingBox(size), size);
    else choose(startingBox(size, pointAt(event)), size);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (props.busy) return;
    const size = shownSize();
    const current = box ?? startingBox(size);
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const step = { x: arrow.x * size.width * KEY_STEP, y: arrow.y * size.height * KEY_STEP };
      setBox(nudgeBox(current, step.x, step.y, event.shiftKey, size, MIN_DRAG_PX));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(current, size);
    }
  };

  const where = box && box.width > 0 ? boxInPercent(box, shownSize()) : null;
  return (
    <>
      <div
        ref={area}
        className="blur-selector"
        role="button"
        tabIndex={0}
        aria-label={t('shot.blurArea')}
        aria-describedby="blur-help blur-position"
        aria-busy={props.busy}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          start.current = null;
          setBox(null);
        }}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={() => setBox((current) => current ?? startingBox(shownSize()))}
        onBlur={() => setBox(null)}
      >
        {box && (
          <div
            className="blur-box"
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          />
        )}
      </div>
      {/* Outside the button (whose content is not read), polite: said after each move. */}
      <p id="blur-position" className="visually-hidden" role="status">
        {where &&
          t('shot.blurBox', {
            number: props.number,
            left: where.x,
            top: where.y,
            width: where.width,
            height: where.height,
          })}
      </p>
    </>
  );
}
