import { describe, expect, it } from 'vitest';
import { splitSharedDetails } from './side-summary.ts';

describe('splitSharedDetails', () => {
  it('keeps what every list has once, and leaves each list its own lines in order', () => {
    const split = splitSharedDetails([
      ['updates: 136', 'note: no battery', 'programs: apt 2, ip 3'],
      ['updates: 136', 'programs: ip 3', 'note: no battery'],
      ['note: no battery', 'updates: 136'],
    ]);
    expect(split.shared).toEqual(['updates: 136', 'note: no battery']);
    expect(split.own).toEqual([['programs: apt 2, ip 3'], ['programs: ip 3'], []]);
  });

  it('shares nothing with nothing to compare', () => {
    expect(splitSharedDetails([])).toEqual({ shared: [], own: [] });
  });
});
