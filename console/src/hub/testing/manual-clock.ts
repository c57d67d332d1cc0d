// Test support: a clock that stands still until the test moves it, so that waits, windows and
// expiries run out exactly when a test says so and never because the machine was slow.
import type { Clock } from '../clock.ts';

export type ManualClock = Clock & { advance(ms: number): void };

export function manualClock(start: number | string = Date.now()): ManualClock {
  let at = typeof start === 'string' ? Date.parse(start) : start;
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
}
