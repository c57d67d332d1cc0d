/** A rectangle in screenshot pixels: top-left corner and size. */
export type Rect = { x: number; y: number; width: number; height: number };

const RECT_FORMAT = 'x,y,width,height in pixels, e.g. 100,200,300,40';
const FIELDS = ['x', 'y', 'width', 'height'] as const;

/** Parses a CLI rectangle "x,y,width,height" (whole pixels); throws a RangeError saying what is wrong. */
export function parseRect(text: string): Rect {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== FIELDS.length) {
    throw new RangeError(`expected ${RECT_FORMAT}, got "${text}"`);
  }
  const values = parts.map((part, index) => {
    const name = FIELDS[index] ?? 'value';
    if (!/^\d+$/.test(part)) {
      throw new RangeError(`${name} must be a whole number of pixels ≥ 0, got "${part}"`);
    }
    return Number(part);
  });
  const [x = 0, y = 0, width = 0, height = 0] = values;
  if (width === 0 || height === 0) {
    throw new RangeError(`the rectangle must not be empty, got ${width}×${height}`);
  }
  return { x, y, width, height };
}

/** The part of `rect` inside a `width`×`height` image; throws a RangeError if there is none. */
export function clampRect(rect: Rect, width: number, height: number): Rect {
  const { x, y } = rect;
  if (![x, y, rect.width, rect.height].every(Number.isFinite)) {
    throw new RangeError(`the rectangle must be finite numbers, got ${describe(rect)}`);
  }
  if (rect.width <= 0 || rect.height <= 0) {
    throw new RangeError(
      `the rectangle must have a positive width and height, got ${describe(rect)}`,
    );
  }
  // Fractions widen to whole pixels, so nothing meant to be covered is left out.
  const left = Math.max(0, Math.floor(x));
  const top = Math.max(0, Math.floor(y));
  const right = Math.min(width, Math.ceil(x + rect.width));
  const bottom = Math.min(height, Math.ceil(y + rect.height));
  if (right <= left || bottom <= top) {
    throw new RangeError(
      `the rectangle ${describe(rect)} lies outside the ${width}×${height} image`,
    );
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const describe = (rect: Rect) => `${rect.x},${rect.y},${rect.width},${rect.height}`;
