import { describe, expect, it } from 'vitest';
import { tooManyTriesMessage, waitInWords } from './sign-in-words.ts';

describe('waitInWords', () => {
  it('says seconds under a minute, and minutes rounded up from there', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(30)).toBe('30 seconds');
    expect(waitInWords(59)).toBe('59 seconds');
    expect(waitInWords(60)).toBe('1 minute');
    expect(waitInWords(61)).toBe('2 minutes');
    expect(waitInWords(512)).toBe('9 minutes');
    expect(waitInWords(900)).toBe('15 minutes');
  });

  it('never says less than a second', () => {
    expect(waitInWords(0)).toBe('1 second');
    expect(waitInWords(0.2)).toBe('1 second');
  });
});

describe('tooManyTriesMessage', () => {
  it('says the wait the hub asked for', () => {
    expect(tooManyTriesMessage(30)).toBe(
      'Too many wrong passwords. Wait 30 seconds, then try again.',
    );
    expect(tooManyTriesMessage(240)).toBe(
      'Too many wrong passwords. Wait 4 minutes, then try again.',
    );
  });

  it('stays short when the hub did not say', () => {
    expect(tooManyTriesMessage(null)).toBe(
      'Too many wrong passwords. Wait a moment, then try again.',
    );
  });
});
