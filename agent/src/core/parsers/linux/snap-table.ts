import { splitLines, splitOnBlanks } from './text-lines.ts';

/** One row of a `snap list` / `snap refresh --list` table. */
export type SnapRow = {
  name: string;
  version: string;
  revision: string;
  /** Cells between the revision and the publisher: Tracking in `snap list`, none in old snapd. */
  middle: string[];
  /** Without its verification mark; undefined when snap shows `-`. */
  publisher: string | undefined;
  notes: string[];
};

/** Name, version, revision, publisher and notes: the columns every snapd version prints. */
const MIN_CELLS = 5;

/** A snap name (lower-case letters, digits, dashes), plus `_key` for a parallel install. */
const SNAP_NAME = /^[a-z0-9][a-z0-9-]*(?:_[a-z0-9]{1,10})?$/;

/** A revision: a store revision number, or `x1`, `x2`, … for a snap installed from a file. */
const REVISION = /^x?\d+$/;

/**
 * Marks snap appends to a publisher name: `✓` verified, `✪` starred, and `*` / `**` where it
 * may not print Unicode (and in older releases).
 */
const PUBLISHER_MARK = /[\u2713\u272a*]+$/u;

/**
 * Reads the rows of a snap table without reading its header's words, which are translated
 * (`Herausgeber`, `Hinweise`). Every cell is one blank-free word (snap prints `-` for an empty
 * one), so cells are split on blanks and placed by position: name, version, revision first,
 * publisher and notes last. The header is known by its shape, a third cell that is not a
 * revision, and rows count only below it, so stray text above a table is not taken for a snap.
 */
export function readSnapRows(text: string): SnapRow[] {
  const rows: SnapRow[] = [];
  let seenHeader = false;
  for (const line of splitLines(text)) {
    const cells = splitOnBlanks(line);
    if (cells.length < MIN_CELLS) continue;
    const [name = '', version = '', revision = ''] = cells;
    if (!REVISION.test(revision)) {
      seenHeader = true;
      continue;
    }
    if (!seenHeader || !SNAP_NAME.test(name)) continue;
    const publisher = stripPublisherMark(cells[cells.length - 2] ?? '');
    const notes = cells[cells.length - 1] ?? '-';
    rows.push({
      name,
      version,
      revision,
      middle: cells.slice(3, -2),
      publisher: publisher === '' || publisher === '-' ? undefined : publisher,
      notes: notes === '-' ? [] : notes.split(','),
    });
  }
  return rows;
}

/** Removes snap's verified/starred mark from a publisher name. */
export function stripPublisherMark(publisher: string): string {
  return publisher.replace(PUBLISHER_MARK, '');
}
