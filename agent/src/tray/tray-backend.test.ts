import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_HELP_TEXT_CHARS, type HelpDeskInfo } from '@handraise/shared';
import { createHelpDesk, type HelpDesk } from '../core/help-desk.ts';
import { openOutbox, type Outbox } from '../core/outbox.ts';
import { syntheticScreen, toPngScreenshot } from '../core/screenshot/testing/synthetic-screen.ts';
import type { TrayCalls } from '../ipc/tray-api.ts';
import { aboutThisComputer } from './about-computer.ts';
import { createRequesterNameStore, requesterNameFile } from './requester-name.ts';
import { createScreenshotSession } from './screenshot-session.ts';
import { createTrayBackend } from './tray-backend.ts';

const MUSIC_ROOM: HelpDeskInfo = {
  deviceName: 'music-room-pc-3',
  site: 'North campus',
  room: 'Music Room',
  onDuty: [],
  fallbackContact: null,
};

describe('tray backend', () => {
  let dir: string;
  let store: Outbox;
  let desk: HelpDesk;
  let backend: TrayCalls;
  let hubAnswer: HelpDeskInfo | null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-backend-'));
    store = openOutbox(join(dir, 'agent', 'agent.sqlite'));
    desk = createHelpDesk({ store });
    hubAnswer = null;
    desk.attach({
      flushOutbox: async () => undefined,
      isConnected: () => false,
      looks: async () => null,
      helpDesk: async () => hubAnswer,
    });
    const screen = toPngScreenshot(syntheticScreen(320, 200));
    backend = createTrayBackend({
      desk,
      screenshots: createScreenshotSession(async () => screen),
      about: (known) => aboutThisComputer(join(dir, 'agent'), known),
      requesterName: createRequesterNameStore(requesterNameFile(join(dir, 'user'))),
      locale: () => 'en',
      logger: pino({ level: 'silent' }),
    });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = { category: 'printer', text: 'Paper jam', keepScreenshot: false } as const;

  it('remembers who asked once the request is saved, and forgets them when the name is cleared', async () => {
    expect(await backend.requesterName()).toBeNull();
    await backend.ask({ ...ask, requester: 'Ana', urgent: true });
    expect(await backend.requesterName()).toBe('Ana');
    // Left out (the window did not know the name yet): nothing changes.
    await backend.ask(ask);
    expect(await backend.requesterName()).toBe('Ana');
    await backend.ask({ ...ask, requester: '' });
    expect(await backend.requesterName()).toBeNull();
    expect(store.all().map((item) => item.payload)).toMatchObject([
      { requester: 'Ana', urgent: true },
      { text: 'Paper jam' },
      { text: 'Paper jam' },
    ]);
    expect(store.all()[1]?.payload).not.toHaveProperty('requester');
    expect(store.all()[2]?.payload).not.toHaveProperty('requester');
  });

  it('does not remember a name sent with a request that could not be saved', async () => {
    // Past the router (which would refuse it), a text too long for the hub is refused here.
    const tooLong = { ...ask, text: 'x'.repeat(MAX_HELP_TEXT_CHARS + 1), requester: 'Ana' };
    await expect(backend.ask(tooLong)).rejects.toMatchObject({ code: 'too-large' });
    expect(await backend.requesterName()).toBeNull();
    expect(store.all()).toEqual([]);
  });

  it('names the computer as the school enrolled it, from the last answer while offline', async () => {
    const before = await backend.aboutThisComputer();
    expect(before).toMatchObject({ deviceName: hostname(), site: null, room: null });
    await expect(backend.helpDesk()).rejects.toMatchObject({ code: 'unavailable' });

    hubAnswer = MUSIC_ROOM;
    expect(await backend.aboutThisComputer()).toMatchObject({
      deviceName: 'music-room-pc-3',
      site: 'North campus',
      room: 'Music Room',
    });
    hubAnswer = null;
    expect(await backend.aboutThisComputer()).toMatchObject({ room: 'Music Room' });
    expect(await backend.helpDesk()).toEqual({ ...MUSIC_ROOM, live: false });
  });
});
