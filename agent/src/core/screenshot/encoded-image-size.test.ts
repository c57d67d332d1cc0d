import { encode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '@handraise/shared';
import { syntheticScreen, toPngScreenshot } from './testing/synthetic-screen.ts';

describe('readImageSize', () => {
  const raster = syntheticScreen(321, 123);

  it('reads the size of a PNG from IHDR', () => {
    expect(readImageSize(toPngScreenshot(raster).bytes)).toEqual({ width: 321, height: 123 });
  });

  it('reads the size of a JPEG from its frame header, past other segments', () => {
    const jpeg = encode({ ...raster, comments: ['a comment segment first'] }, 80).data;
    expect(readImageSize(jpeg)).toEqual({ width: 321, height: 123 });
  });

  it('answers null for other or truncated data', () => {
    expect(readImageSize(new TextEncoder().encode('<html>not an image</html>'))).toBeNull();
    expect(readImageSize(toPngScreenshot(raster).bytes.subarray(0, 20))).toBeNull();
    expect(readImageSize(encode(raster, 80).data.subarray(0, 30))).toBeNull();
  });
});
