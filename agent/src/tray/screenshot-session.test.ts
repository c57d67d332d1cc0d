import { describe, expect, it } from 'vitest';
import { syntheticScreen, toPngScreenshot } from '../core/screenshot/testing/synthetic-screen.ts';
import { createScreenshotSession, toPreview } from './screenshot-session.ts';
import { TrayFailure } from './tray-failure.ts';

const screen = toPngScreenshot(syntheticScreen(640, 360));

describe('screenshot session', () => {
  it('captures once, holds the shareable JPEG, and previews it as a data URL', async () => {
    let captures = 0;
    const session = createScreenshotSession(async () => {
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
    const session = createScreenshotSession(async () => screen);
    expect(() => session.blur({ x: 0, y: 0, width: 10, height: 10 })).toThrow(TrayFailure);
    const held = await session.take();
    const blurred = session.blur({ x: 10, y: 10, width: 100, height: 50 });
    expect(blurred).not.toBe(held);
    expect(session.held()).toBe(blurred);
    expect(() => session.blur({ x: 5000, y: 0, width: 10, height: 10 })).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
  });

  it('tells the window which parts were blurred, as blurred, until the picture is dropped', async () => {
    const session = createScreenshotSession(async () => screen);
    expect(await session.preview()).toMatchObject({ width: 640, height: 360, blurred: [] });
    session.blur({ x: 10.5, y: 10, width: 100, height: 50 });
    // Past the picture's edge: what was blurred is the part inside it.
    session.blur({ x: 600, y: 300, width: 100, height: 100 });
    const blurred = [
      { x: 10, y: 10, width: 101, height: 50 },
      { x: 600, y: 300, width: 40, height: 60 },
    ];
    expect(session.blurred()).toEqual(blurred);
    const preview = await session.preview();
    expect(preview.blurred).toEqual(blurred);
    expect(preview.dataUrl).toBe(toPreview(session.held()!).dataUrl);
    expect(() => session.blur({ x: 5000, y: 0, width: 10, height: 10 })).toThrow(TrayFailure);
    expect(session.blurred()).toEqual(blurred);
    session.drop();
    expect(session.blurred()).toEqual([]);
    expect((await session.preview()).blurred).toEqual([]);
  });

  it('forgets a capture still running when the student drops the picture', async () => {
    let release: () => void = () => undefined;
    const session = createScreenshotSession(
      () => new Promise((resolve) => (release = () => resolve(screen))),
    );
    const taking = session.take();
    session.drop();
    release();
    await taking;
    expect(session.held()).toBeNull();
  });
});
