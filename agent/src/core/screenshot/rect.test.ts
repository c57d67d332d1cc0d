import { describe, expect, it } from 'vitest';
import { clampRect, parseRect } from './rect.ts';

describe('parseRect', () => {
  it('parses x,y,width,height with optional spaces', () => {
    expect(parseRect('100,200,300,40')).toEqual({ x: 100, y: 200, width: 300, height: 40 });
    expect(parseRect(' 0, 0 ,1920, 1080 ')).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  });

  it('says what is wrong with a bad rectangle', () => {
    expect(() => parseRect('100,200,300')).toThrow(
      'expected x,y,width,height in pixels, e.g. 100,200,300,40, got "100,200,300"',
    );
    expect(() => parseRect('')).toThrow(/expected x,y,width,height/);
    expect(() => parseRect('-5,0,10,10')).toThrow(
      'x must be a whole number of pixels ≥ 0, got "-5"',
    );
    expect(() => parseRect('0,0,1.5,10')).toThrow('width must be a whole number of pixels ≥ 0');
    expect(() => parseRect('0,0,10,abc')).toThrow('height must be a whole number of pixels ≥ 0');
    expect(() => parseRect('0,0,0,10')).toThrow('the rectangle must not be empty, got 0×10');
  });
});

describe('clampRect', () => {
  it('keeps a rectangle inside the image as it is', () => {
    expect(clampRect({ x: 10, y: 20, width: 30, height: 40 }, 100, 100)).toEqual({
      x: 10,
      y: 20,
      width: 30,
      height: 40,
    });
  });

  it('cuts a rectangle to the image and widens fractions to whole pixels', () => {
    expect(clampRect({ x: -10, y: 90, width: 30, height: 40 }, 100, 100)).toEqual({
      x: 0,
      y: 90,
      width: 20,
      height: 10,
    });
    expect(clampRect({ x: 1.5, y: 2.5, width: 3, height: 3 }, 100, 100)).toEqual({
      x: 1,
      y: 2,
      width: 4,
      height: 4,
    });
  });

  it('rejects empty, negative, non-finite and outside rectangles', () => {
    expect(() => clampRect({ x: 0, y: 0, width: 0, height: 5 }, 100, 100)).toThrow(
      'the rectangle must have a positive width and height, got 0,0,0,5',
    );
    expect(() => clampRect({ x: 0, y: 0, width: 5, height: -5 }, 100, 100)).toThrow(RangeError);
    expect(() => clampRect({ x: Number.NaN, y: 0, width: 5, height: 5 }, 100, 100)).toThrow(
      /finite/,
    );
    expect(() => clampRect({ x: 100, y: 0, width: 5, height: 5 }, 100, 100)).toThrow(
      'the rectangle 100,0,5,5 lies outside the 100×100 image',
    );
  });
});
