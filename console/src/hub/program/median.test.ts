import { describe, expect, test } from 'vitest';
import { median, medianSeconds } from './median.ts';

describe('median', () => {
  test('is null for nothing, the middle value for an odd count, the mean of the two for an even', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 100])).toBe(7);
  });

  test('is not pulled by one request left over a weekend', () => {
    expect(median([60, 90, 120, 259_200])).toBe(105);
  });

  test('does not reorder what it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('reads milliseconds as whole seconds', () => {
    expect(medianSeconds([])).toBeNull();
    expect(medianSeconds([60_000, 120_003])).toBe(90);
    expect(medianSeconds([1_499])).toBe(1);
  });
});
