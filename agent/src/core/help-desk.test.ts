import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SCREENSHOT_BYTES, MAX_SCREENSHOT_PIXELS, type HelpDeskInfo } from '@handraise/shared';
import { jpegHeader, padded, pngHeader } from '../../../shared/src/testing/image-headers.ts';
import { createHelpDesk, HelpDeskError, type DeliveryChannel } from './help-desk.ts';
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
    await expect(attempt).rejects.toThrow(
      'The picture is too big to send (16,000×16,000 pixels; the limit is 40 million pixels in all). Send it without the picture, or take a smaller one.',
    );
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
      `the limit is ${(MAX_SCREENSHOT_PIXELS / 1_000_000).toString()} million pixels in all`,
    );
  });

  it('says in plain words how big a file is and what the limit is, and what to do instead', () => {
    const file = join(dir, 'photo.jpg');
    // A photo straight off a camera: 37,531,377 bytes (sparse: its size is all that is read).
    writeFileSync(file, jpegHeader(8000, 6000));
    truncateSync(file, 37_531_377);
    expect(() => readScreenshot(file)).toThrow(
      'The picture is too big to send (36 MB; the limit is 4 MB). Send it without the picture, or take a smaller one.',
    );
    // Just past the limit never reads as the limit itself.
    truncateSync(file, MAX_SCREENSHOT_BYTES + 1);
    expect(() => readScreenshot(file)).toThrow('(4.1 MB; the limit is 4 MB)');
    truncateSync(file, 0);
    expect(() => readScreenshot(file)).toThrow('The picture file is empty.');
  });

  it('names what is wrong: too large, or not a picture with a readable size', () => {
    expect(screenshotRefusal(padded(jpegHeader(3 * 3840, 2160), 4096))).toBeNull();
    expect(screenshotRefusal(padded(jpegHeader(20_000, 10), 4096))).toBe(
      'The picture is too big to send (20,000×10 pixels; the limit is 16,384 pixels on a side). Send it without the picture, or take a smaller one.',
    );
    expect(screenshotRefusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]))).toContain(
      'it must be a JPEG, PNG or WebP image',
    );
  });
});

describe('what the help desk says about a request still on this computer', () => {
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

  it('marks a request the hub asked to wait for as held by a busy hub, until it goes', async () => {
    const desk = createHelpDesk({ store });
    const saved = await desk.ask({ category: 'printer', text: 'Paper jam' });
    expect(saved).toMatchObject({ state: 'saved', hubBusy: false });
    store.recordAttempt(saved.key, 'no-acknowledgement');
    expect(desk.list()[0]).toMatchObject({ state: 'saved', hubBusy: false });
    store.recordAttempt(saved.key, 'rate-limited');
    expect(desk.list()[0]).toMatchObject({ state: 'saved', hubBusy: true });
    store.markDelivered(saved.key, crypto.randomUUID());
    expect(desk.list()[0]).toMatchObject({ state: 'new', hubBusy: false });
  });

  it('tells a withdrawn enrollment apart from an agent the hub no longer accepts', () => {
    const desk = createHelpDesk({ store });
    const seen: string[] = [];
    desk.subscribe((event) => {
      if (event.type === 'connection') seen.push(event.connection);
    });
    desk.hooks.onStateChange('refused', 'unauthorized');
    desk.hooks.onStateChange('connecting');
    desk.hooks.onStateChange('refused', 'protocol-unsupported');
    desk.hooks.onStateChange('connected');
    expect(seen).toEqual(['refused', 'offline', 'outdated', 'online']);
  });

  it('keeps naming an untrusted server through network trouble, until a trusted connection', () => {
    const desk = createHelpDesk({ store });
    const seen: string[] = [];
    desk.subscribe((event) => {
      if (event.type === 'connection') seen.push(event.connection);
    });
    desk.hooks.onStateChange('untrusted', 'hub-certificate-changed');
    desk.hooks.onStateChange('disconnected', 'websocket error');
    desk.hooks.onStateChange('connecting');
    expect(desk.connection()).toBe('untrusted');
    desk.hooks.onStateChange('connected');
    desk.hooks.onStateChange('disconnected', 'transport close');
    expect(seen).toEqual(['untrusted', 'online', 'offline']);
  });
});

describe('what the help desk sends and shows of a request', () => {
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

  it('sends who asked and "my class is stopped", and leaves out what was not said', async () => {
    const desk = createHelpDesk({ store });
    const urgent = await desk.ask({
      category: 'app',
      text: 'The quiz will not load',
      requester: 'Ana',
      urgent: true,
    });
    const calm = await desk.ask({ category: 'printer', text: 'Paper jam', urgent: false });
    const payloads = store.all().map((item) => item.payload);
    expect(payloads[0]).toMatchObject({ requester: 'Ana', urgent: true });
    expect(payloads[1]).not.toHaveProperty('requester');
    expect(payloads[1]).not.toHaveProperty('urgent');
    expect(urgent).toMatchObject({ urgent: true, number: null });
    expect(calm).toMatchObject({ urgent: false, number: null });
  });

  it('shows the number the hub gave, and keeps what only this computer knows', async () => {
    const desk = createHelpDesk({ store });
    const saved = await desk.ask({ category: 'internet', text: 'No Wi-Fi', urgent: true });
    const requestId = crypto.randomUUID();
    store.markDelivered(saved.key, requestId);
    expect(desk.list()[0]).toMatchObject({ number: null, state: 'new', urgent: true });
    desk.hooks.onRequestUpdated({
      id: requestId,
      number: 42,
      idempotencyKey: saved.key,
      category: 'internet',
      text: 'No Wi-Fi',
      state: 'claimed',
      createdAt: saved.createdAt,
      updatedAt: saved.createdAt,
      helperName: 'Ana',
      messages: [],
    });
    expect(desk.list()[0]).toMatchObject({ number: 42, state: 'claimed', urgent: true });
  });
});

describe("the school's help desk for this computer", () => {
  let dir: string;
  let store: Outbox;

  const MUSIC_ROOM: HelpDeskInfo = {
    deviceName: 'music-room-pc-3',
    site: 'North campus',
    room: 'Music Room',
    onDuty: [{ name: 'Ana', role: 'advisor' }],
    fallbackContact: 'If your class is stopped, call extension 1234',
  };

  /** A hub connection that answers `help:desk` with whatever `answer` holds now. */
  const channel = (answer: { current: unknown }): DeliveryChannel => ({
    flushOutbox: async () => undefined,
    isConnected: () => true,
    looks: async () => null,
    helpDesk: async () => answer.current as HelpDeskInfo | null,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-help-desk-'));
    store = openOutbox(join(dir, 'agent.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is unknown until the hub has said it once', async () => {
    const desk = createHelpDesk({ store });
    expect(await desk.helpDesk()).toBeNull();
    desk.attach(channel({ current: null }));
    expect(await desk.helpDesk()).toBeNull();
  });

  it('keeps the last answer on disk and shows it, marked as not live, while the hub is away', async () => {
    const answer = { current: MUSIC_ROOM as unknown };
    const desk = createHelpDesk({ store });
    desk.attach(channel(answer));
    const pushed: unknown[] = [];
    desk.subscribe((event) => pushed.push(event));
    expect(await desk.helpDesk()).toEqual({ ...MUSIC_ROOM, live: true });
    expect(pushed).toEqual([{ type: 'desk', desk: { ...MUSIC_ROOM, live: true } }]);

    answer.current = null;
    expect(await desk.helpDesk()).toEqual({ ...MUSIC_ROOM, live: false });

    // The tray starts again, offline: the answer is in the agent's data.
    store.close();
    store = openOutbox(join(dir, 'agent.sqlite'));
    expect(await createHelpDesk({ store }).helpDesk()).toEqual({ ...MUSIC_ROOM, live: false });
  });

  it('neither shows nor keeps an answer it cannot read, nor fails on a hub that does not answer', async () => {
    const answer = { current: MUSIC_ROOM as unknown };
    const desk = createHelpDesk({ store });
    desk.attach(channel(answer));
    await desk.helpDesk();
    for (const bad of [
      { ...MUSIC_ROOM, onDuty: [{ name: 'Ben', role: 'janitor' }] },
      { ...MUSIC_ROOM, deviceName: '' },
      { ...MUSIC_ROOM, fallbackContact: 'x'.repeat(5_000) },
      'music room',
    ]) {
      answer.current = bad;
      expect(await desk.helpDesk()).toEqual({ ...MUSIC_ROOM, live: false });
    }
    desk.attach({
      ...channel(answer),
      helpDesk: () => Promise.reject(new Error('operation has timed out')),
    });
    expect(await desk.helpDesk()).toEqual({ ...MUSIC_ROOM, live: false });
  });

  it('asks again each time the connection comes back, so the kept answer stays current', async () => {
    const answer = { current: MUSIC_ROOM as unknown };
    const desk = createHelpDesk({ store });
    desk.attach(channel(answer));
    const moved = { ...MUSIC_ROOM, room: 'Library', onDuty: [] };
    answer.current = moved;
    const pushed = new Promise((resolve) =>
      desk.subscribe((event) => event.type === 'desk' && resolve(event.desk)),
    );
    desk.hooks.onStateChange('connected');
    expect(await pushed).toEqual({ ...moved, live: true });
    answer.current = null;
    expect(await desk.helpDesk()).toEqual({ ...moved, live: false });
  });
});
