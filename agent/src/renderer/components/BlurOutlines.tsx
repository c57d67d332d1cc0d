// Dashed boxes over a picture where parts of it were blurred, so the student sees at a glance
// what was hidden. Placed in shares of the picture, they fit it at any size.
import type { BlurRect } from '../../ipc/tray-api.ts';

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(3)}%`;

/** Lies over a picture of `width`×`height` pixels; `blurred` is in the same pixels. */
export function BlurOutlines(props: { blurred: BlurRect[]; width: number; height: number }) {
  if (props.blurred.length === 0) return null;
  return (
    <div className="blur-outlines" aria-hidden="true">
      {/* The list only grows (blurring cannot be undone), so a position is a stable key. */}
      {props.blurred.map((rect, index) => (
        <div
          key={index}
          className="blur-outline"
          data-testid="blur-outline"
          style={{
            left: percent(rect.x, props.width),
            top: percent(rect.y, props.height),
            width: percent(rect.width, props.width),
            height: percent(rect.height, props.height),
          }}
        />
      ))}
    </div>
  );
}
