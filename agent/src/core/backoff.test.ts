import { describe, expect, it } from 'vitest';
import { createBackoff } from './backoff.ts';

describe('createBackoff', () => {
  it('doubles from the first delay up to the most, and starts over after a reset', () => {
    const backoff = createBackoff({ delayMs: 1_000, maxDelayMs: 5_000, jitter: 0 });
    expect([1, 2, 3, 4, 5].map(() => backoff.next())).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
    backoff.reset();
    expect(backoff.next()).toBe(1_000);
  });

  it('spreads each delay by the jitter, never past it', () => {
    const low = createBackoff({ delayMs: 1_000, maxDelayMs: 60_000, jitter: 0.5 }, () => 0);
    const high = createBackoff(
      { delayMs: 1_000, maxDelayMs: 60_000, jitter: 0.5 },
      () => 0.999_999,
    );
    expect(low.next()).toBe(500);
    expect(high.next()).toBe(1_500);
  });
});
