import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeFeed, touches, type ChangedKeys } from './change-feed.ts';

describe('software change feed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('merges the keys of a burst into one notice, half a second after its first push', () => {
    const feed = createChangeFeed(500);
    const heard: ChangedKeys[] = [];
    feed.subscribe((keys) => heard.push(keys));
    feed.push(['google-chrome']);
    vi.advanceTimersByTime(300);
    feed.push(['firefox', 'google-chrome']);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(heard).toEqual([new Set(['google-chrome', 'firefox'])]);
    feed.dispose();
  });

  it('turns the whole burst into "every title" when one push says so', () => {
    const feed = createChangeFeed(500);
    const heard: ChangedKeys[] = [];
    const stop = feed.subscribe((keys) => heard.push(keys));
    feed.push(['google-chrome']);
    feed.push(null);
    feed.push(['firefox']);
    vi.advanceTimersByTime(500);
    expect(heard).toEqual([null]);
    expect(touches(null, 'anything')).toBe(true);
    expect(touches(new Set(['a']), 'b')).toBe(false);
    stop();
    feed.push(['x']);
    vi.advanceTimersByTime(500);
    expect(heard).toHaveLength(1);
    feed.dispose();
  });
});
