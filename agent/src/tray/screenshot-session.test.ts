import { afterEach, describe, expect, it } from 'vitest';
import { blurRegion } from '../core/screenshot/blur.ts';
import { createImageWorker } from '../core/screenshot/image-worker.ts';
import { syntheticScreen, toPngScreenshot } from '../core/screenshot/testing/synthetic-screen.ts';
import {
  createScreenshotSession,
  toPreview,
  type ScreenshotSession,
} from './screenshot-session.ts';
import { TrayFailure } from './tray-failure.ts';

const screen = toPngScreenshot(syntheticScreen(640, 360));

describe('screenshot session', () => {
  // Each session's image worker is ended after its test.
  const opened: ScreenshotSession[] = [];
  const openSession = (...args: Parameters<typeof createScreenshotSession>) => {
    const session = createScreenshotSession(...args);
    opened.push(session);
    return session;
  };
  afterEach(() => {
    for (const session of opened.splice(0)) session.close();
  });

  it('captures once, holds the shareable JPEG, and previews it as a data URL', async () => {
    let captures = 0;
    const session = openSession(async () => {
      captures++;
      return screen;
    });
    const [first, second] = await Promise.all([session.take(), session.take()]);
    expect(first).toBe(second);
    expect(await session.take()).toBe(first);
    expect(captures).toBe(1);
    expect(first.type).toBe('image/jpeg');
    expect(toPreview(first)).toMatchObject({ width: 640, height: 360 });
    expect(toPreview(first).dataUrl.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
  });

  it('blurs the held picture in place and refuses what cannot be blurred', async () => {
    const session = openSession(async () => screen);
    await expect(session.blur({ x: 0, y: 0, width: 10, height: 10 })).rejects.toThrow(TrayFailure);
    const held = await session.take();
    const blurred = await session.blur({ x: 10, y: 10, width: 100, height: 50 });
    expect(blurred).not.toBe(held);
    expect(session.held()).toBe(blurred);
    await expect(session.blur({ x: 5000, y: 0, width: 10, height: 10 })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
    expect(session.held()).toBe(blurred);
  });

  it('blurs in the order asked, each on the last, and sends nothing half-blurred', async () => {
    const session = openSession(async () => screen);
    const held = await session.take();
    const first = { x: 10, y: 10, width: 100, height: 50 };
    const second = { x: 300, y: 200, width: 80, height: 80 };
    // Both asked at once (two quick drags): the second must not undo the first.
    const asked = [session.blur(first), session.blur(second)];
    const settled = session.settled();
    const [, last] = await Promise.all(asked);
    expect(await settled).toBe(last);
    const expected = blurRegion(blurRegion(held, first), second);
    expect(Buffer.from(last!.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    expect(session.blurred()).toEqual([first, second]);
  });

  it('keeps the picture as it was when its blur fails, and forgets a blur dropped midway', async () => {
    const images = createImageWorker();
    const session = openSession(async () => screen, images);
    const held = await session.take();
    const blurring = session.blur({ x: 10, y: 10, width: 100, height: 50 });
    session.drop();
    await expect(blurring).rejects.toMatchObject({ code: 'not-found' });
    expect(session.held()).toBeNull();
    expect(await session.settled()).toBeNull();

    const again = await session.take();
    expect(again).not.toBe(held);
    images.close();
    await expect(session.blur({ x: 10, y: 10, width: 100, height: 50 })).rejects.toMatchObject({
      reason: 'worker-failed',
    });
    expect(session.held()).toBe(again);
    expect(session.blurred()).toEqual([]);
  });

  it('tells the window which parts were blurred, as blurred, until the picture is dropped', async () => {
    const session = openSession(async () => screen);
    expect(await session.preview()).toMatchObject({ width: 640, height: 360, blurred: [] });
    await session.blur({ x: 10.5, y: 10, width: 100, height: 50 });
    // Past the picture's edge: what was blurred is the part inside it.
    await session.blur({ x: 600, y: 300, width: 100, height: 100 });
    const blurred = [
      { x: 10, y: 10, width: 101, height: 50 },
      { x: 600, y: 300, width: 40, height: 60 },
    ];
    expect(session.blurred()).toEqual(blurred);
    const preview = await session.preview();
    expect(preview.blurred).toEqual(blurred);
    expect(preview.dataUrl).toBe(toPreview(session.held()!).dataUrl);
    await expect(session.blur({ x: 5000, y: 0, width: 10, height: 10 })).rejects.toThrow(
      TrayFailure,
    );
    expect(session.blurred()).toEqual(blurred);
    session.drop();
    expect(session.blurred()).toEqual([]);
    expect((await session.preview()).blurred).toEqual([]);
  });

  it('forgets a capture still running when the student drops the picture', async () => {
    let release: () => void = () => undefined;
    const session = openSession(() => new Promise((resolve) => (release = () => resolve(screen))));
    const taking = session.take();
    session.drop();
    release();
    await taking;
    expect(session.held()).toBeNull();
  });
});
