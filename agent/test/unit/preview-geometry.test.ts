import { describe, expect, it } from 'vitest';
import {
  boxInPercent,
  dragBox,
  nudgeBox,
  startingBox,
  toImageBox,
} from '../../src/renderer/preview-geometry.ts';

describe('preview geometry', () => {
  it('makes the same box whichever way the student drags, kept on the preview', () => {
    const bounds = { width: 400, height: 225 };
    const box = { x: 50, y: 20, width: 100, height: 60 };
    expect(dragBox({ x: 50, y: 20 }, { x: 150, y: 80 }, bounds)).toEqual(box);
    expect(dragBox({ x: 150, y: 80 }, { x: 50, y: 20 }, bounds)).toEqual(box);
    expect(dragBox({ x: 350, y: 200 }, { x: 900, y: -40 }, bounds)).toEqual({
      x: 350,
      y: 0,
      width: 50,
      height: 200,
    });
  });

  it('maps the preview box to image pixels, widened to whole pixels and clamped', () => {
    const shown = { width: 400, height: 225 };
    const image = { width: 1920, height: 1080 };
    expect(toImageBox({ x: 100, y: 50, width: 100, height: 50 }, shown, image)).toEqual({
      x: 480,
      y: 240,
      width: 480,
      height: 240,
    });
    expect(toImageBox({ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }, shown, image)).toEqual({
      x: 0,
      y: 0,
      width: 2,
      height: 2,
    });
    expect(toImageBox({ x: 390, y: 220, width: 50, height: 50 }, shown, image)).toEqual({
      x: 1872,
      y: 1056,
      width: 48,
      height: 24,
    });
  });

  it('moves and resizes the keyboard box inside the preview', () => {
    const bounds = { width: 100, height: 100 };
    const box = { x: 40, y: 40, width: 20, height: 20 };
    expect(nudgeBox(box, 100, 0, false, bounds, 6)).toEqual({ ...box, x: 80 });
    expect(nudgeBox(box, -100, -5, false, bounds, 6)).toEqual({ ...box, x: 0, y: 35 });
    expect(nudgeBox(box, 10, -30, true, bounds, 6)).toEqual({ ...box, width: 30, height: 6 });
    expect(nudgeBox(box, 500, 0, true, bounds, 6)).toEqual({ ...box, width: 60 });
  });
});

describe('blur box placement and words', () => {
  const shown = { width: 400, height: 200 };

  it('starts a third of the preview big, in the middle or around a clicked spot, kept inside', () => {
    expect(startingBox(shown)).toEqual({ x: 140, y: 70, width: 120, height: 60 });
    expect(startingBox(shown, { x: 100, y: 50 })).toEqual({ x: 40, y: 20, width: 120, height: 60 });
    // A click near a corner keeps the whole box on the picture.
    expect(startingBox(shown, { x: 395, y: 5 })).toEqual({ x: 280, y: 0, width: 120, height: 60 });
  });

  it('says where a box is in whole percent of the preview', () => {
    expect(boxInPercent({ x: 82, y: 71, width: 121, height: 60 }, shown)).toEqual({
      x: 21,
      y: 36,
      width: 30,
      height: 30,
    });
    expect(boxInPercent({ x: 1, y: 1, width: 1, height: 1 }, { width: 0, height: 0 })).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });
});
