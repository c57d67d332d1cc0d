import { describe, expect, it } from 'vitest';
import { GESTURE_WINDOW_MS, gestureGatedOpener } from './external-links.ts';

function setUp() {
  let clock = 1_000_000;
  const opened: string[] = [];
  const opener = gestureGatedOpener(
    (url) => opened.push(url),
    () => clock,
  );
  return { opener, opened, advance: (ms: number) => (clock += ms) };
}

describe('gestureGatedOpener', () => {
  it('opens nothing that no press came before', () => {
    const { opener, opened } = setUp();
    expect(opener.open('https://example.org/')).toBe(false);
    opener.noteInput('mouseMove');
    opener.noteInput('mouseDown');
    expect(opener.open('https://example.org/')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('opens one web address right after a click or a key press', () => {
    const { opener, opened, advance } = setUp();
    opener.noteInput('mouseUp');
    advance(20);
    expect(opener.open('https://docs.example.org/a')).toBe(true);
    // The same press opens no second address.
    expect(opener.open('https://docs.example.org/b')).toBe(false);
    opener.noteInput('keyDown');
    expect(opener.open('http://intranet.school.lan/')).toBe(true);
    expect(opened).toEqual(['https://docs.example.org/a', 'http://intranet.school.lan/']);
  });

  it('refuses once the press is too long ago, and anything but a web address', () => {
    const { opener, opened, advance } = setUp();
    opener.noteInput('mouseUp');
    advance(GESTURE_WINDOW_MS + 1);
    expect(opener.open('https://example.org/')).toBe(false);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'x']) {
      opener.noteInput('mouseUp');
      expect(opener.open(url), url).toBe(false);
    }
    expect(opened).toEqual([]);
  });
});
