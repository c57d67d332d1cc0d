// Turns a drag on the shrunken preview into a rectangle of the real screenshot's pixels.

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
export type Box = Point & Size;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The box between two points dragged in any direction, kept inside `bounds`. */
export function dragBox(from: Point, to: Point, bounds: Size): Box {
  const left = clamp(Math.min(from.x, to.x), 0, bounds.width);
  const top = clamp(Math.min(from.y, to.y), 0, bounds.height);
  const right = clamp(Math.max(from.x, to.x), 0, bounds.width);
  const bottom = clamp(Math.max(from.y, to.y), 0, bounds.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Maps a box on the preview (shown at `shown` size) to image pixels, widened to whole pixels so
 * nothing the student covered is left out, and clamped to the image.
 */
export function toImageBox(box: Box, shown: Size, image: Size): Box {
  const sx = image.width / shown.width;
  const sy = image.height / shown.height;
  const left = clamp(Math.floor(box.x * sx), 0, image.width);
  const top = clamp(Math.floor(box.y * sy), 0, image.height);
  const right = clamp(Math.ceil((box.x + box.width) * sx), 0, image.width);
  const bottom = clamp(Math.ceil((box.y + box.height) * sy), 0, image.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Moves (or, with `resize`, grows) a box by (dx, dy), staying inside `bounds` and at least `min` big. */
export function nudgeBox(
  box: Box,
  dx: number,
  dy: number,
  resize: boolean,
  bounds: Size,
  min: number,
): Box {
  if (resize) {
    const width = clamp(box.width + dx, min, bounds.width - box.x);
    const height = clamp(box.height + dy, min, bounds.height - box.y);
    return { ...box, width, height };
  }
  return {
    ...box,
    x: clamp(box.x + dx, 0, bounds.width - box.width),
    y: clamp(box.y + dy, 0, bounds.height - box.height),
  };
}

/** The default box, or one of the same size centred on `at`: a third of the preview each way. */
export function startingBox(shown: Size, at?: Point): Box {
  const width = shown.width * 0.3;
  const height = shown.height * 0.3;
  const centre = at ?? { x: shown.width / 2, y: shown.height / 2 };
  return {
    x: clamp(centre.x - width / 2, 0, shown.width - width),
    y: clamp(centre.y - height / 2, 0, shown.height - height),
    width,
    height,
  };
}

/** Where a box stands on the preview, in whole percent of its width and height (to be spoken). */
export function boxInPercent(box: Box, shown: Size): Box {
  const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
  return {
    x: share(box.x, shown.width),
    y: share(box.y, shown.height),
    width: share(box.width, shown.width),
    height: share(box.height, shown.height),
  };
}
