import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SCREENSHOT_PIXELS } from '@handraise/shared';
import { jpegHeader, padded, pngHeader } from '../../../shared/src/testing/image-headers.ts';
import { createHelpDesk, HelpDeskError } from './help-desk.ts';
import { readScreenshot, ScreenshotFileError, screenshotRefusal } from './help-request.ts';
import { openOutbox, type Outbox } from './outbox.ts';

describe('a screenshot the hub would refuse never enters the outbox', () => {
  let dir: string;
  let store: Outbox;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-help-desk-'));
    store = openOutbox(join(dir, 'agent.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the help desk refuses a 16000×16000 picture with a reason, and queues nothing', async () => {
    const desk = createHelpDesk({ store });
    const attempt = desk.ask({
      category: 'other',
      text: 'My screen looks strange',
      screenshot: padded(pngHeader(16_000, 16_000), 995_000),
    });
    await expect(attempt).rejects.toBeInstanceOf(HelpDeskError);
    await expect(attempt).rejects.toThrow(/16000×16000 pixels/);
    expect(store.all()).toEqual([]);

    const fine = await desk.ask({
      category: 'other',
      text: 'My screen looks strange',
      screenshot: padded(jpegHeader(1920, 1080), 200_000),
    });
    expect(fine).toMatchObject({ state: 'saved', hasScreenshot: true });
    expect(store.all()).toHaveLength(1);
  });

  it('`help --screenshot FILE` refuses such a file before anything is saved', () => {
    const file = join(dir, 'huge.png');
    writeFileSync(file, padded(pngHeader(16_000, 16_000), 995_000));
    expect(() => readScreenshot(file)).toThrow(ScreenshotFileError);
    expect(() => readScreenshot(file)).toThrow(
      `at most 16384 on a side and ${MAX_SCREENSHOT_PIXELS / 1_000_000} million in all`,
    );
  });

  it('names what is wrong: too large, or not a picture with a readable size', () => {
    expect(screenshotRefusal(padded(jpegHeader(3 * 3840, 2160), 4096))).toBeNull();
    expect(screenshotRefusal(padded(jpegHeader(20_000, 10), 4096))).toContain('20000×10 pixels');
    expect(screenshotRefusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]))).toContain(
      'JPEG, PNG or WebP',
    );
  });
});
