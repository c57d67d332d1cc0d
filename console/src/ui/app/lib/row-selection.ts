// Picking rows of a long list: one at a time, a range with Shift (from the last row picked to this
// one, in the order shown), or every row shown. Pure, so the table only says which row and how.

export type RowSelection = {
  /** Selected ids; ids no longer shown stay selected until cleared (the bar says how many). */
  ids: ReadonlySet<string>;
  /** The row a Shift+click ranges from. */
  anchor: string | null;
};

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

/**
 * Ticks or unticks one row; with `range`, every row shown between the anchor and it takes the
 * clicked row's new state, as in a file manager.
 */
export function toggleRow(
  selection: RowSelection,
  shownIds: readonly string[],
  id: string,
  range: boolean,
): RowSelection {
  const ids = new Set(selection.ids);
  const select = !ids.has(id);
  const from = selection.anchor === null ? -1 : shownIds.indexOf(selection.anchor);
  const to = shownIds.indexOf(id);
  if (range && from !== -1 && to !== -1) {
    const [low, high] = from < to ? [from, to] : [to, from];
    for (const rangeId of shownIds.slice(low, high + 1)) {
      if (select) ids.add(rangeId);
      else ids.delete(rangeId);
    }
  } else if (select) ids.add(id);
  else ids.delete(id);
  return { ids, anchor: id };
}

/** Every shown row selected (added to the selection), or, if they all were, none of them. */
export function toggleAllShown(selection: RowSelection, shownIds: readonly string[]): RowSelection {
  const ids = new Set(selection.ids);
  const all = shownIds.length > 0 && shownIds.every((id) => ids.has(id));
  for (const id of shownIds) {
    if (all) ids.delete(id);
    else ids.add(id);
  }
  return { ids, anchor: null };
}

/** How many of the shown rows are selected: none, some or all (the header box's state). */
export function shownState(
  selection: RowSelection,
  shownIds: readonly string[],
): 'none' | 'some' | 'all' {
  let count = 0;
  for (const id of shownIds) if (selection.ids.has(id)) count += 1;
  if (count === 0) return 'none';
  return count === shownIds.length ? 'all' : 'some';
}

/** The selection without ids that are gone from the list (retired, moved out of scope). */
export function keepExisting(selection: RowSelection, existing: ReadonlySet<string>): RowSelection {
  const ids = [...selection.ids].filter((id) => existing.has(id));
  if (ids.length === selection.ids.size) return selection;
  return {
    ids: new Set(ids),
    anchor: selection.anchor && existing.has(selection.anchor) ? selection.anchor : null,
  };
}
