import { describe, expect, it } from 'vitest';
import { MAX_TITLE_KEY_LENGTH, TITLE_KEY_PATTERN, slugTitle } from './title-slug.ts';

describe('slugTitle', () => {
  it('lower-cases, folds accents and joins words with hyphens', () => {
    expect(slugTitle('Google Chrome')).toBe('google-chrome');
    expect(slugTitle('  Français  —  Éditeur ')).toBe('francais-editeur');
    expect(slugTitle('Notepad++')).toBe('notepad++');
    expect(slugTitle('C++ / C#')).toBe('c++-c');
    expect(slugTitle('a + b')).toBe('a-b');
    expect(slugTitle('Microsoft® Office™ ©2019')).toBe('microsoft-office-2019');
    expect(slugTitle('ﬁle ²')).toBe('file-2');
  });

  it('does no noise stripping and no aliasing', () => {
    expect(slugTitle('Mozilla Firefox (x64 en-US)')).toBe('mozilla-firefox-x64-en-us');
    expect(slugTitle('VLC media player')).toBe('vlc-media-player');
  });

  it('keeps other scripts distinct rather than empty', () => {
    expect(slugTitle('Ελληνικά')).toBe('ellinika');
    expect(slugTitle('微信')).toMatch(TITLE_KEY_PATTERN);
    expect(slugTitle('微信')).not.toBe(slugTitle('QQ音乐'));
  });

  it('is empty for text with no letters or digits', () => {
    expect(slugTitle('')).toBe('');
    expect(slugTitle(' ®™ — +++ ')).toBe('');
  });

  it('cuts at the key length limit', () => {
    const slug = slugTitle('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
  });
});
