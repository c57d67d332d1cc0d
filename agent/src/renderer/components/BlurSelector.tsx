// Lies over the preview while blurring: drag a rectangle with the mouse (or finger), or use the
// keyboard (arrows move a box, Shift+arrows size it, Enter hides what it covers).
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/i18n-context.tsx';
import { dragBox, nudgeBox, type Box, type Point, type Size } from '../preview-geometry.ts';

/** Drags smaller than this, in CSS pixels, are taken for a stray click. */
const MIN_DRAG_PX = 6;
/** One arrow-key step, as a share of the preview's width or height. */
const KEY_STEP = 0.04;

const ARROWS: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Reports the chosen box in the overlay's own CSS pixels, with the overlay's size. */
export function BlurSelector(props: { busy: boolean; onSelect: (box: Box, shown: Size) => void }) {
  const t = useT();
  const area = useRef<HTMLDivElement>(null);
  const start = useRef<Point | null>(null);
  const [box, setBox] = useState<Box | null>(null);

  const shownSize = (): Size => {
    const bounds = area.current?.getBoundingClientRect();
    return { width: bounds?.width ?? 0, height: bounds?.height ?? 0 };
  };
  const pointAt = (event: PointerEvent): Point => {
    const bounds = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (props.busy || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
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
      props.onSelect(chosen, shownSize());
    }
    setBox(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (props.busy) return;
    const size = shownSize();
    const current = box ?? {
      x: size.width * 0.35,
      y: size.height * 0.35,
      width: size.width * 0.3,
      height: size.height * 0.3,
    };
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const step = { x: arrow.x * size.width * KEY_STEP, y: arrow.y * size.height * KEY_STEP };
      setBox(nudgeBox(current, step.x, step.y, event.shiftKey, size, MIN_DRAG_PX));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(current, size);
      setBox(null);
    }
  };

  return (
    <div
      ref={area}
      className="blur-selector"
      role="button"
      tabIndex={0}
      aria-label={t('shot.blurArea')}
      aria-describedby="blur-help"
      aria-busy={props.busy}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        start.current = null;
        setBox(null);
      }}
      onKeyDown={onKeyDown}
      onFocus={() => {
        const size = shownSize();
        setBox(
          (current) =>
            current ?? {
              x: size.width * 0.35,
              y: size.height * 0.35,
              width: size.width * 0.3,
              height: size.height * 0.3,
            },
        );
      }}
      onBlur={() => setBox(null)}
    >
      {box && (
        <div
          className="blur-box"
          style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        />
      )}
    </div>
  );
}
