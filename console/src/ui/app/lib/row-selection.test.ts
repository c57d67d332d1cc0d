import { describe, expect, it } from 'vitest';
import {
  keepExisting,
  NO_SELECTION,
  shownState,
  toggleAllShown,
  toggleRow,
} from './row-selection.ts';

const shown = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('row selection', () => {
  it('ticks and unticks one row', () => {
    const one = toggleRow(NO_SELECTION, shown, 'b', false);
    expect(ids(one)).toEqual(['b']);
    expect(ids(toggleRow(one, shown, 'b', false))).toEqual([]);
  });

  it('ranges with Shift from the last row picked, either way, in the order shown', () => {
    const first = toggleRow(NO_SELECTION, shown, 'b', false);
    expect(ids(toggleRow(first, shown, 'd', true))).toEqual(['b', 'c', 'd']);
    const back = toggleRow(toggleRow(NO_SELECTION, shown, 'e', false), shown, 'c', true);
    expect(ids(back)).toEqual(['c', 'd', 'e']);
    // Shift on a selected row unticks the range.
    const all = toggleAllShown(NO_SELECTION, shown);
    const anchored = toggleRow(toggleRow(all, shown, 'a', false), shown, 'a', false);
    expect(ids(toggleRow(anchored, shown, 'c', true))).toEqual(['d', 'e']);
  });

  it('without an anchor shown, Shift ticks just the row', () => {
    const elsewhere = { ids: new Set(['z']), anchor: 'z' };
    expect(ids(toggleRow(elsewhere, shown, 'c', true))).toEqual(['c', 'z']);
  });

  it('selects every row shown, then none, keeping rows picked elsewhere', () => {
    const before = { ids: new Set(['z']), anchor: null };
    const all = toggleAllShown(before, shown);
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
    expect(shownState(all, shown)).toBe('all');
    expect(ids(toggleAllShown(all, shown))).toEqual(['z']);
    expect(shownState(toggleRow(NO_SELECTION, shown, 'a', false), shown)).toBe('some');
    expect(shownState(NO_SELECTION, shown)).toBe('none');
    expect(shownState(NO_SELECTION, [])).toBe('none');
  });

  it('forgets rows that left the list', () => {
    const picked = toggleAllShown(NO_SELECTION, shown);
    expect(ids(keepExisting(picked, new Set(['a', 'c'])))).toEqual(['a', 'c']);
    expect(keepExisting(picked, new Set(shown))).toBe(picked);
  });
});
