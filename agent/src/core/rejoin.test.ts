import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRejoin } from './rejoin.ts';

const BACKOFF = { delayMs: 2_000, maxDelayMs: 60_000, jitter: 0 };
const SETTLED_MS = 120_000;

describe('createRejoin', () => {
  let clock: number;
  let connects: number;
  const make = (random?: () => number) =>
    createRejoin({
      backoff: { ...BACKOFF, jitter: random ? 0.5 : 0 },
      settledAfterMs: SETTLED_MS,
      connect: () => (connects += 1),
      now: () => clock,
      ...(random ? { random } : {}),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    connects = 0;
  });
  afterEach(() => vi.useRealTimers());

  /** Connected at `clock`, kept for `lastedMs`, then ended by the hub; returns the next delay. */
  function replacedAfter(rejoin: ReturnType<typeof make>, lastedMs: number): number {
    rejoin.connected();
    clock += lastedMs;
    rejoin.disconnected();
    return rejoin.schedule();
  }

  it('waits longer each time connections keep being replaced, up to a minute', () => {
    const rejoin = make();
    const delays = [1, 2, 3, 4, 5, 6, 7].map(() => replacedAfter(rejoin, 5_000));
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('starts short again once a connection lasted', () => {
    const rejoin = make();
    for (let i = 0; i < 4; i++) replacedAfter(rejoin, 1_000);
    expect(replacedAfter(rejoin, SETTLED_MS - 1)).toBe(32_000);
    expect(replacedAfter(rejoin, SETTLED_MS)).toBe(2_000);
    // However that settled connection ended (here: the network), the next replacement is short.
    for (let i = 0; i < 4; i++) replacedAfter(rejoin, 1_000);
    rejoin.connected();
    clock += SETTLED_MS;
    rejoin.disconnected();
    rejoin.connected();
    clock += 1_000;
    rejoin.disconnected();
    expect(rejoin.schedule()).toBe(2_000);
  });

  it('spreads the delays by ±50 %', () => {
    expect(
      replacedAfter(
        make(() => 0),
        0,
      ),
    ).toBe(1_000);
    expect(
      replacedAfter(
        make(() => 0.999_999),
        0,
      ),
    ).toBe(3_000);
  });

  it('connects once when the delay is up, and never after it was cancelled', () => {
    const rejoin = make();
    rejoin.schedule();
    vi.advanceTimersByTime(1_999);
    expect(connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(connects).toBe(1);

    // A second schedule replaces the first rather than adding to it.
    rejoin.schedule();
    rejoin.schedule();
    vi.advanceTimersByTime(60_000);
    expect(connects).toBe(2);

    rejoin.schedule();
    rejoin.cancel();
    vi.advanceTimersByTime(10 * 60_000);
    expect(connects).toBe(2);
  });
});
