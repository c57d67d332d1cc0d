import { describe, expect, it } from 'vitest';
import { createVerdictCountFeed } from './verdict-count-feed.ts';

const counts = (outdatedCount: number, securityCount = 0) => ({ outdatedCount, securityCount });

describe('verdict count feed', () => {
  it('names only the computers whose counts moved, gone ones included', () => {
    const feed = createVerdictCountFeed();
    expect(feed.get('a')).toEqual(counts(0));
    expect(
      feed.refresh([
        ['a', counts(2, 1)],
        ['b', counts(0)],
      ]),
    ).toEqual(['a']);
    expect(feed.get('a')).toEqual(counts(2, 1));

    // Same counts again: nothing to push.
    expect(
      feed.refresh([
        ['a', counts(2, 1)],
        ['b', counts(0)],
      ]),
    ).toEqual([]);
    // The security fix went in; b fell behind.
    expect(
      feed.refresh([
        ['a', counts(2, 0)],
        ['b', counts(1)],
      ]),
    ).toEqual(['a', 'b']);
    // a is no longer judged (removed): its counts are gone, and that is a change.
    expect(feed.refresh([['b', counts(1)]])).toEqual(['a']);
    expect(feed.get('a')).toEqual(counts(0));
  });
});
