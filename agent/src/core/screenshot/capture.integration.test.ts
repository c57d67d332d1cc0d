// A real capture: ImageMagick's import against a private Xvfb server painted a known colour.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sniffScreenshotType } from '@handraise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreen } from './capture.ts';
import { decodeScreenshot } from './decode.ts';
import { toShareableJpeg } from './encode.ts';
import type { Raster } from './screenshot.ts';
import { freeDisplayNumber, startXvfb, type VirtualDisplay } from './testing/xvfb.ts';

const WIDTH = 1280;
const HEIGHT = 800;
const ROOT_COLOUR = [0x33, 0x66, 0x99] as const;
/** Per channel, in 0–255 levels: exact for PNG; JPEG rounding stays within a few levels. */
const PNG_TOLERANCE = 1;
const JPEG_TOLERANCE = 4;

const run = promisify(execFile);

function pixel(raster: Raster, x: number, y: number): number[] {
  const at = (y * raster.width + x) * 4;
  return [...raster.data.subarray(at, at + 3)];
}

function expectColourNear(actual: number[], tolerance: number): void {
  actual.forEach((value, i) =>
    expect(Math.abs(value - (ROOT_COLOUR[i] ?? 0))).toBeLessThanOrEqual(tolerance),
  );
}

describe('captureScreen under Xvfb', () => {
  let server: VirtualDisplay | undefined;

  beforeAll(async () => {
    server = await startXvfb(WIDTH, HEIGHT);
    await run('xsetroot', ['-solid', '#336699'], {
      env: { ...process.env, DISPLAY: server.display },
      timeout: 10_000,
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('captures the whole root window in its real colours', async () => {
    const shot = await captureScreen({ display: server?.display, platform: 'linux' });
    expect(sniffScreenshotType(shot.bytes)).toMatch(/^image\/(png|jpeg)$/);
    expect(shot.type).toBe(sniffScreenshotType(shot.bytes));
    expect(shot).toMatchObject({ width: WIDTH, height: HEIGHT });

    const raster = decodeScreenshot(shot);
    expect(raster).toMatchObject({ width: WIDTH, height: HEIGHT });
    expectColourNear(pixel(raster, WIDTH / 2, HEIGHT / 2), PNG_TOLERANCE);
    expectColourNear(pixel(raster, 0, 0), PNG_TOLERANCE);
    expectColourNear(pixel(raster, WIDTH - 1, HEIGHT - 1), PNG_TOLERANCE);

    const shared = await toShareableJpeg(shot);
    expect(sniffScreenshotType(shared.bytes)).toBe('image/jpeg');
    expect(shared).toMatchObject({ width: WIDTH, height: HEIGHT });
    expectColourNear(pixel(decodeScreenshot(shared), WIDTH / 2, HEIGHT / 2), JPEG_TOLERANCE);
  });

  it('says there is no display when no X server answers', async () => {
    const unused = `:${freeDisplayNumber()}`;
    await expect(captureScreen({ display: unused, platform: 'linux' })).rejects.toMatchObject({
      name: 'ScreenshotError',
      reason: 'no-display',
      message: `no display to capture: cannot open ${unused}`,
    });
  });
});
