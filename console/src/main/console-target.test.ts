import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsoleTargetError, resolveConsoleTarget } from './console-target.ts';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state.ts';

const dir = mkdtempSync(join(tmpdir(), 'handraise-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveConsoleTarget', () => {
  const file = join(dir, 'console.json');

  it('runs its own hub unless a hub is named by flag, environment or file, in that order', () => {
    expect(resolveConsoleTarget([], {}, join(dir, 'none.json'))).toEqual({ kind: 'embedded' });
    writeFileSync(file, JSON.stringify({ hub: 'http://file.school:7300/' }));
    expect(resolveConsoleTarget([], {}, file)).toEqual({
      kind: 'remote',
      url: 'http://file.school:7300',
    });
    expect(resolveConsoleTarget([], { HANDRAISE_HUB_URL: 'https://env.school' }, file)).toEqual({
      kind: 'remote',
      url: 'https://env.school',
    });
    expect(
      resolveConsoleTarget(
        ['--hub', 'http://flag.school:7300'],
        { HANDRAISE_HUB_URL: 'https://env.school' },
        file,
      ),
    ).toEqual({
      kind: 'remote',
      url: 'http://flag.school:7300',
    });
  });

  it('refuses addresses that are not http(s) and a malformed file, saying which', () => {
    expect(() =>
      resolveConsoleTarget(['--hub', 'javascript:alert(1)'], {}, join(dir, 'none.json')),
    ).toThrow(ConsoleTargetError);
    writeFileSync(file, JSON.stringify({ hub: 'ftp://file.school' }));
    expect(() => resolveConsoleTarget([], {}, file)).toThrow('"hub" must be an http(s) address');
  });
});

describe("a remote hub's certificate fingerprint", () => {
  const file = join(dir, 'console-pinned.json');
  const HEX = 'ab'.repeat(32);
  const CANONICAL = Array.from({ length: 32 }, () => 'AB').join(':');

  it('comes from flag, environment or file, as Settings show it or bare', () => {
    writeFileSync(file, JSON.stringify({ hub: 'https://hub.school:7300', hubFingerprint: HEX }));
    expect(resolveConsoleTarget([], {}, file)).toEqual({
      kind: 'remote',
      url: 'https://hub.school:7300',
      fingerprint: CANONICAL,
    });
    expect(
      resolveConsoleTarget(
        ['--hub-fingerprint', CANONICAL.toLowerCase()],
        { HANDRAISE_HUB_FINGERPRINT: 'CD'.repeat(32) },
        file,
      ),
    ).toMatchObject({ fingerprint: CANONICAL });
    expect(
      resolveConsoleTarget([], { HANDRAISE_HUB_FINGERPRINT: 'cd'.repeat(32) }, file),
    ).toMatchObject({ fingerprint: Array.from({ length: 32 }, () => 'CD').join(':') });
  });

  it('refuses a malformed fingerprint, and one for a plain-HTTP hub, saying why', () => {
    writeFileSync(file, JSON.stringify({ hub: 'https://hub.school:7300', hubFingerprint: 'abc' }));
    expect(() => resolveConsoleTarget([], {}, file)).toThrow('not a hub certificate fingerprint');
    writeFileSync(file, JSON.stringify({ hub: 'http://hub.school:7300', hubFingerprint: HEX }));
    expect(() => resolveConsoleTarget([], {}, file)).toThrow('needs an https:// hub address');
    writeFileSync(file, JSON.stringify({ hub: 'https://hub.school:7300', hubFingerprint: 42 }));
    expect(() => resolveConsoleTarget([], {}, file)).toThrow(ConsoleTargetError);
  });
});

describe('window state', () => {
  it('round-trips and falls back to the default for missing, broken or absurd files', () => {
    const file = join(dir, 'state', 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: -1200, y: 0, width: 1600, height: 1000, maximized: false });
    expect(loadWindowState(file)).toEqual({
      x: -1200,
      y: 0,
      width: 1600,
      height: 1000,
      maximized: false,
    });
    writeFileSync(file, JSON.stringify({ width: 10, height: 10, maximized: false }));
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, 'not json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
