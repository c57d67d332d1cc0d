import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.ts';
import { manualClock } from './testing/manual-clock.ts';

const START = Date.UTC(2025, 8, 1);

describe('createRateLimiter', () => {
  it('allows `requests` per window and key, then refuses until the window ends', () => {
    const clock = manualClock(START);
    const limiter = createRateLimiter({ requests: 2, windowMs: 60_000 }, clock);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    expect(limiter.take('b')).toBe(true);
    clock.advance(59_999);
    expect(limiter.take('a')).toBe(false);
    clock.advance(1);
    expect(limiter.take('a')).toBe(true);
  });

  it('tells whether a take would succeed without counting it', () => {
    const clock = manualClock(START);
    const limiter = createRateLimiter({ requests: 1, windowMs: 1_000 }, clock);
    expect(limiter.available('a')).toBe(true);
    expect(limiter.available('a')).toBe(true);
    expect(limiter.take('a')).toBe(true);
    expect(limiter.available('a')).toBe(false);
    clock.advance(1_000);
    expect(limiter.available('a')).toBe(true);
  });

  it('keeps counting correctly while sweeping out keys whose window is over', () => {
    const clock = manualClock(START);
    const limiter = createRateLimiter({ requests: 1, windowMs: 1_000 }, clock);
    expect(limiter.take('busy')).toBe(true);
    // Thousands of keys seen once, in later windows: the sweeps that follow must not forget
    // a key whose window is still running.
    for (let i = 0; i < 5_000; i++) {
      if (i % 1_000 === 0) {
        clock.advance(1_000);
        expect(limiter.take('busy')).toBe(true);
      }
      expect(limiter.take(`once-${i}`)).toBe(true);
      expect(limiter.take('busy')).toBe(false);
    }
  });
});
