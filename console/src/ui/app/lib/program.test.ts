import { describe, expect, test } from 'vitest';
import { formatMedian, periodQuery } from './program.ts';

describe('the program page', () => {
  test('asks for the chosen number of days up to now', () => {
    const now = Date.parse('2026-12-06T10:00:00Z');
    expect(periodQuery('week', now)).toBe('?from=2026-11-29T10%3A00%3A00.000Z');
    expect(periodQuery('term', now)).toBe('?from=2026-09-07T10%3A00%3A00.000Z');
  });

  test('reads medians as durations, a dash for none', () => {
    expect(formatMedian(null)).toBe('—');
    expect(formatMedian(30)).toBe('under a minute');
    expect(formatMedian(4 * 60)).toBe('4 min');
    expect(formatMedian(65 * 60)).toBe('1 h 5 min');
  });
});
