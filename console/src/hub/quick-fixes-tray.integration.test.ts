// Quick fixes as the tray meets them, on a real hub with a clock the test moves: each computer
// gets its category's fixes for its own room and platform (the hub reads both from its record,
// never from the tray), the most-saving first and at most five; "This fixed it" counts once per
// computer and fix per window, and a fix the computer could not have been shown counts nothing.
import { describe, expect } from 'vitest';
import { QUICK_FIX_ASK_RATE_LIMIT, QUICK_FIX_COUNT_WINDOW_MS } from '@handraise/shared';
import { hubTest } from './testing/hub-test.ts';
import { manualClock } from './testing/manual-clock.ts';
import { computerOn, figuresOf, offeredTexts, writeFix } from './testing/quick-fixes.ts';
import { countRows } from './testing/row-count.ts';
import { unchecked } from './testing/test-hub.ts';

describe('quick fixes in the tray', () => {
  const clock = manualClock('2026-12-07T09:00:00Z');
  const test = hubTest.override('hubOptions', { clock });

  test('match the category, the room and the platform; most-saving first, five at most', async ({
    t,
    admin,
  }) => {
    await writeFix(t, admin, { category: 'printer', text: 'Everywhere: turn it off and on' });
    await writeFix(t, admin, {
      category: 'printer',
      text: 'Art Room: open tray 2 and close it',
      rooms: ['Art Room'],
    });
    await writeFix(t, admin, {
      category: 'printer',
      text: 'Windows: restart the print spooler',
      platforms: ['windows'],
    });
    const musicLinux = await writeFix(t, admin, {
      category: 'printer',
      text: 'Music Room on Linux: pick "Music-HP" in the list',
      rooms: ['Music Room'],
      platforms: ['linux'],
    });
    await writeFix(t, admin, { category: 'internet', text: 'Check the Wi-Fi is "School"' });

    const artLinux = await computerOn(t, admin, {
      hostname: 'art-1',
      room: 'Art Room',
      platform: 'linux',
    });
    const musicPc = await computerOn(t, admin, {
      hostname: 'music-1',
      room: 'Music Room',
      platform: 'linux',
    });
    const musicWindows = await computerOn(t, admin, {
      hostname: 'music-2',
      room: 'Music Room',
      platform: 'windows',
    });

    expect(await offeredTexts(artLinux, 'printer')).toEqual([
      'Everywhere: turn it off and on',
      'Art Room: open tray 2 and close it',
    ]);
    expect(await offeredTexts(musicWindows, 'printer')).toEqual([
      'Everywhere: turn it off and on',
      'Windows: restart the print spooler',
    ]);
    expect(await offeredTexts(artLinux, 'internet')).toEqual(['Check the Wi-Fi is "School"']);
    expect(await offeredTexts(artLinux, 'sign-in')).toEqual([]);

    // A fix this computer was never shown cannot have saved it a request.
    expect(await musicPc.emitWithAck('help:fix-worked', { fixId: musicLinux.id })).toEqual({
      ok: false,
      error: 'not-found',
    });
    // The Music Room's own fix, once shown, saves a request: it comes first there from now on.
    await offeredTexts(musicPc, 'printer');
    expect(await musicPc.emitWithAck('help:fix-worked', { fixId: musicLinux.id })).toEqual({
      ok: true,
      data: { counted: true },
    });
    expect(await offeredTexts(musicPc, 'printer')).toEqual([
      'Music Room on Linux: pick "Music-HP" in the list',
      'Everywhere: turn it off and on',
    ]);

    // However many the school writes, a person reads five.
    for (let i = 1; i <= 6; i += 1)
      await writeFix(t, admin, { category: 'printer', text: `More advice number ${i}` });
    const offered = await artLinux.emitWithAck('help:fixes', { category: 'printer' });
    expect(offered.ok && offered.data.length).toBe(5);
    expect(
      offered.ok && offered.data.every((fix) => Object.keys(fix).sort().join() === 'id,text'),
    ).toBe(true);
  });

  test('count what was shown and what saved a request once per computer and window', async ({
    t,
    admin,
  }) => {
    const fix = await writeFix(t, admin, { category: 'printer', text: 'Open tray 2 and close it' });
    const lab = await computerOn(t, admin, { hostname: 'lab-1', room: 'Lab', platform: 'macos' });
    const other = await computerOn(t, admin, { hostname: 'lab-2', room: 'Lab', platform: 'macos' });
    expect(await figuresOf(t, admin, fix.id)).toEqual({ shown: 0, saved: 0 });

    await offeredTexts(lab, 'printer');
    await offeredTexts(lab, 'printer');
    await offeredTexts(other, 'printer');
    expect(await figuresOf(t, admin, fix.id)).toEqual({ shown: 2, saved: 0 });

    const requestsBefore = await countRows(t.hub.database.db, 'requests');
    expect(await lab.emitWithAck('help:fix-worked', { fixId: fix.id })).toMatchObject({ ok: true });
    // A second click, or a tray sending it again, within the window: refused, counted once.
    expect(await lab.emitWithAck('help:fix-worked', { fixId: fix.id })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    expect(await other.emitWithAck('help:fix-worked', { fixId: fix.id })).toMatchObject({
      ok: true,
    });
    expect(await figuresOf(t, admin, fix.id)).toEqual({ shown: 2, saved: 2 });
    // Saving a request makes none.
    expect(await countRows(t.hub.database.db, 'requests')).toBe(requestsBefore);

    clock.advance(QUICK_FIX_COUNT_WINDOW_MS - 1_000);
    expect(await lab.emitWithAck('help:fix-worked', { fixId: fix.id })).toMatchObject({
      ok: false,
      error: 'rate-limited',
    });
    clock.advance(1_000);
    await offeredTexts(lab, 'printer');
    expect(await lab.emitWithAck('help:fix-worked', { fixId: fix.id })).toMatchObject({ ok: true });
    expect(await figuresOf(t, admin, fix.id)).toEqual({ shown: 3, saved: 3 });

    // Asking over and over is limited per computer, and the refusal counts nothing.
    clock.advance(QUICK_FIX_COUNT_WINDOW_MS);
    for (let i = 0; i < QUICK_FIX_ASK_RATE_LIMIT.requests; i += 1)
      await offeredTexts(other, 'internet');
    expect(await other.emitWithAck('help:fixes', { category: 'printer' })).toEqual({
      ok: false,
      error: 'rate-limited',
    });
    expect(await figuresOf(t, admin, fix.id)).toEqual({ shown: 3, saved: 3 });
    clock.advance(QUICK_FIX_ASK_RATE_LIMIT.windowMs);
    expect(await offeredTexts(other, 'printer')).toEqual(['Open tray 2 and close it']);
  });

  test('answer `not-found` for a forged, unknown or non-matching fix, and count nothing', async ({
    t,
    admin,
  }) => {
    const artOnly = await writeFix(t, admin, {
      category: 'printer',
      text: 'Art Room: open tray 2',
      rooms: ['Art Room'],
    });
    const windowsOnly = await writeFix(t, admin, {
      category: 'app',
      text: 'Windows: sign out and in again',
      platforms: ['windows'],
    });
    const music = await computerOn(t, admin, {
      hostname: 'music-1',
      room: 'Music Room',
      platform: 'linux',
    });
    for (const fixId of [artOnly.id, windowsOnly.id, crypto.randomUUID()])
      expect(await music.emitWithAck('help:fix-worked', { fixId })).toEqual({
        ok: false,
        error: 'not-found',
      });
    expect(await figuresOf(t, admin, artOnly.id)).toEqual({ shown: 0, saved: 0 });
    expect(await figuresOf(t, admin, windowsOnly.id)).toEqual({ shown: 0, saved: 0 });

    // Bad payloads never reach the store; a device id in the payload is not the hub's business.
    const raw = unchecked(music);
    for (const payload of [
      { fixId: 'not-an-id' },
      { fixId: artOnly.id, deviceId: crypto.randomUUID() },
      {},
    ])
      expect(await raw.emitWithAck('help:fix-worked', payload)).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    for (const payload of [{ category: 'coffee' }, { category: 'printer', room: 'Art Room' }])
      expect(await raw.emitWithAck('help:fixes', payload)).toEqual({
        ok: false,
        error: 'invalid-payload',
      });
    expect(await figuresOf(t, admin, artOnly.id)).toEqual({ shown: 0, saved: 0 });
  });
});
