import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { blurRegion } from './blur.ts';
import { toShareableJpeg } from './encode.ts';
import { createImageWorker, type ImageWorker, type ImageWorkerOptions } from './image-worker.ts';
import { ScreenshotError } from './screenshot-error.ts';
import { FAULT } from './testing/faulty-thread.ts';
import { syntheticScreen, toPngScreenshot } from './testing/synthetic-screen.ts';

const FAULTY_THREAD = join(import.meta.dirname, 'testing', 'faulty-thread.ts');

/** Tick of the probe timer, in ms. */
const TICK_MS = 10;
/** Longest pause of the event loop allowed while the worker blurs, in ms, on a calm machine. */
const MAX_PAUSE_MS = 100;
/**
 * On a busy machine every thread waits for a core, and the same blur run on this thread holds
 * the loop several times longer than on a calm one: there the allowance grows with it, to this
 * share of the pause the blur causes when run here, which it still must stay well under.
 */
const SHARE_OF_INLINE_PAUSE = 1 / 3;

const png = toPngScreenshot(syntheticScreen(1920, 1080));
const capture = await toShareableJpeg(png);
// Over the main column of fake text.
const rect = { x: 400, y: 100, width: 600, height: 240 };

type Pauses = { longestGapMs: number; longestBusyMs: number };

/**
 * Runs `work` with a 10 ms timer ticking; returns its result, the longest wall-clock pause between
 * ticks and the longest stretch the event loop was busy between ticks (time it spent running
 * code rather than waiting for events: what a blocking blur adds, and a busy machine does not).
 */
async function withTicker<T>(work: () => Promise<T>): Promise<Pauses & { result: T }> {
  let last = performance.now();
  let lastActive = performance.eventLoopUtilization().active;
  const pauses: Pauses = { longestGapMs: 0, longestBusyMs: 0 };
  const note = () => {
    const now = performance.now();
    const { active } = performance.eventLoopUtilization();
    pauses.longestGapMs = Math.max(pauses.longestGapMs, now - last);
    pauses.longestBusyMs = Math.max(pauses.longestBusyMs, active - lastActive);
    last = now;
    lastActive = active;
  };
  const ticker = setInterval(note, TICK_MS);
  try {
    const result = await work();
    note();
    return { result, ...pauses };
  } finally {
    clearInterval(ticker);
  }
}

describe('image worker', () => {
  const started: ImageWorker[] = [];
  const worker = (options?: ImageWorkerOptions) => {
    const images = createImageWorker(options);
    started.push(images);
    return images;
  };
  afterEach(() => {
    for (const images of started.splice(0)) images.close();
  });

  it('blurs a 1920×1080 screen to the very bytes the synchronous blur makes', async () => {
    const images = worker();
    const blurred = await images.blur(capture, [rect]);
    const expected = blurRegion(capture, rect);
    expect(blurred).toMatchObject({ type: 'image/jpeg', width: 1920, height: 1080 });
    expect(Buffer.from(blurred.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    // Several rectangles, one after the other, as the command line's --blur options are.
    const second = { x: 1500, y: 900, width: 300, height: 100 };
    const twice = await images.blur(capture, [rect, second]);
    const expectedTwice = blurRegion(blurRegion(capture, rect), second);
    expect(Buffer.from(twice.bytes).equals(Buffer.from(expectedTwice.bytes))).toBe(true);
  });

  it('re-encodes a capture to the very bytes toShareableJpeg makes', async () => {
    const shared = await worker().shareable(png);
    expect(Buffer.from(shared.bytes).equals(Buffer.from(capture.bytes))).toBe(true);
    expect(shared).toMatchObject({ type: 'image/jpeg', width: 1920, height: 1080 });
  });

  it('keeps the event loop ticking while it blurs, from a cold start', async () => {
    // The same work on this thread first: what a blocking blur does to the probe on this machine.
    const inline = await withTicker(async () => blurRegion(capture, rect));
    const images = worker();
    expect(images.isRunning()).toBe(false);
    const onWorker = await withTicker(() => images.blur(capture, [rect]));
    expect(onWorker.result.width).toBe(1920);
    expect(onWorker.longestGapMs).toBeGreaterThan(0);
    const allowed = (inlinePause: number) =>
      Math.max(MAX_PAUSE_MS, inlinePause * SHARE_OF_INLINE_PAUSE);
    expect(onWorker.longestBusyMs).toBeLessThan(allowed(inline.longestBusyMs));
    expect(onWorker.longestGapMs).toBeLessThan(allowed(inline.longestGapMs));
    expect(inline.longestBusyMs).toBeGreaterThan(onWorker.longestBusyMs);
  });

  it('answers broken input with a clear error, and goes on working', async () => {
    const images = worker();
    const notAnImage = { ...capture, bytes: new TextEncoder().encode('not a picture at all') };
    await expect(images.blur(notAnImage, [rect])).rejects.toMatchObject({
      name: 'ScreenshotError',
      reason: 'unreadable-image',
      message: 'the screenshot is not a PNG or JPEG',
    });
    await expect(images.shareable(notAnImage)).rejects.toBeInstanceOf(ScreenshotError);
    await expect(images.blur(capture, [{ x: 1920, y: 0, width: 10, height: 10 }])).rejects.toThrow(
      new RangeError('the rectangle 1920,0,10,10 lies outside the 1920×1080 image'),
    );
    expect((await images.blur(capture, [rect])).width).toBe(1920);
  });

  it('runs one job at a time, in the order asked', async () => {
    const images = worker();
    const jobs = [rect, { ...rect, x: 10 }, { ...rect, y: 700 }].map((each) =>
      images.blur(capture, [each]),
    );
    const results = await Promise.all(jobs);
    expect(
      Buffer.from(results[2]!.bytes).equals(
        Buffer.from(blurRegion(capture, { ...rect, y: 700 }).bytes),
      ),
    ).toBe(true);
    expect(new Set(results.map((each) => each.bytes.length)).size).toBe(3);
  });

  it('turns a worker that throws, exits or hangs into an error, then starts afresh', async () => {
    const images = worker({ threadFile: FAULTY_THREAD, timeoutMs: 2_000 });
    const fault = (width: number) => images.blur(capture, [{ x: 0, y: 0, width, height: 10 }]);
    await expect(fault(FAULT.throws)).rejects.toMatchObject({
      reason: 'worker-failed',
      message: 'the image worker failed: decoder blew up',
    });
    expect(images.isRunning()).toBe(false);
    await expect(fault(FAULT.exits)).rejects.toMatchObject({
      reason: 'worker-failed',
      message: 'the image worker stopped (exit code 7)',
    });
    await expect(fault(FAULT.hangs)).rejects.toMatchObject({
      reason: 'timed-out',
      message: 'the image work took longer than 2000 ms',
    });
    expect(images.isRunning()).toBe(false);
    // A fresh thread for the next job.
    const echoed = await fault(FAULT.echoes);
    expect(Buffer.from(echoed.bytes).equals(Buffer.from(capture.bytes))).toBe(true);
    expect(images.isRunning()).toBe(true);
  });

  it('says so when its worker file cannot be loaded', async () => {
    const images = worker({ threadFile: join(import.meta.dirname, 'no-such-thread.ts') });
    await expect(images.blur(capture, [rect])).rejects.toMatchObject({ reason: 'worker-failed' });
  });

  it('starts on demand and ends once idle; once closed it refuses work', async () => {
    const images = worker({ idleMs: 50 });
    expect(images.isRunning()).toBe(false);
    await images.blur(capture, [rect]);
    expect(images.isRunning()).toBe(true);
    await expect.poll(() => images.isRunning(), { timeout: 5_000 }).toBe(false);

    const running = images.blur(capture, [rect]);
    images.close();
    await expect(running).rejects.toMatchObject({ reason: 'worker-failed' });
    await expect(images.blur(capture, [rect])).rejects.toThrow('the image worker is closed');
    expect(images.isRunning()).toBe(false);
  });
});
