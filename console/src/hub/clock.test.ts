import { describe, expect, it } from 'vitest';
import { monotonicClock } from './clock.ts';

describe('monotonicClock', () => {
  it('moves on by a millisecond when the clock stands still or goes back', () => {
    let now = Date.parse('2026-11-28T10:00:00.000Z');
    const clock = monotonicClock({ now: () => new Date(now) });
    const first = clock.now().getTime();
    const second = clock.now().getTime();
    now -= 5_000; // the system clock was set back
    const third = clock.now().getTime();
    now += 60_000;
    expect([second - first, third - second]).toEqual([1, 1]);
    expect(clock.now().getTime()).toBe(now);
  });
});
