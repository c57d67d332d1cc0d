import { describe, expect, it } from 'vitest';
import {
  closingNoticeFollower,
  MAX_RECONNECT_SPREAD_MS,
  MIN_RECONNECT_SPREAD_MS,
  reconnectSpreadMs,
} from './closing-spread.ts';

describe('reconnectSpreadMs', () => {
  it('paces a hub’s agents at 500 a second, within 5 s to 2 min', () => {
    expect(reconnectSpreadMs(0)).toBe(MIN_RECONNECT_SPREAD_MS);
    expect(reconnectSpreadMs(1_000)).toBe(MIN_RECONNECT_SPREAD_MS);
    expect(reconnectSpreadMs(10_000)).toBe(20_000);
    expect(reconnectSpreadMs(1_000_000)).toBe(MAX_RECONNECT_SPREAD_MS);
  });
});

describe('closingNoticeFollower', () => {
  it('after a notice, the connection’s end waits a random part of the window, once', () => {
    const follower = closingNoticeFollower(() => 0.25);
    follower.noticed({ reconnectWithinMs: 20_000 });
    expect(follower.disconnected('transport close')).toBe(5_000);
    // The next end (network trouble later on) is retried as usual.
    expect(follower.disconnected('transport close')).toBeNull();
  });

  it('without a notice, or when the end is on purpose, leaves the usual retry', () => {
    const follower = closingNoticeFollower(() => 0.5);
    expect(follower.disconnected('transport close')).toBeNull();
    follower.noticed({ reconnectWithinMs: 10_000 });
    expect(follower.disconnected('io server disconnect')).toBeNull();
    follower.noticed({ reconnectWithinMs: 10_000 });
    expect(follower.disconnected('io client disconnect')).toBeNull();
  });

  it('forgets a notice once connected again', () => {
    const follower = closingNoticeFollower(() => 0.5);
    follower.noticed({ reconnectWithinMs: 10_000 });
    follower.connected();
    expect(follower.disconnected('transport close')).toBeNull();
  });

  it('ignores a window that is not a number in range, so no hub keeps agents away for long', () => {
    const follower = closingNoticeFollower(() => 0.999);
    for (const notice of [
      { reconnectWithinMs: 0 },
      { reconnectWithinMs: -5 },
      { reconnectWithinMs: MAX_RECONNECT_SPREAD_MS + 1 },
      { reconnectWithinMs: Number.NaN },
      { reconnectWithinMs: '60000' },
      {},
      undefined,
    ]) {
      follower.noticed(notice as never);
      expect(follower.disconnected('transport close')).toBeNull();
    }
  });
});
