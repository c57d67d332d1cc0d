import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { splitLines, splitOnBlanks } from './text-lines.ts';

/** `name.arch`: the name may hold dots (`python3.11`), the arch never does. */
const NAME_ARCH = /^(.+)\.(\w+)$/;

/** `[epoch:]version-release`; neither version nor release may hold a dash or a colon. */
const EVR = /^(?:\d+:)?[^\s:-]+-[^\s:-]+$/;

/** Starts the list of packages that replace others: they are not updates of installed ones. */
const OBSOLETING_HEADER = /^Obsoleting Packages/i;

/** Cells of a table row: `name.arch`, EVR, repository. */
const ROW_CELLS = 3;

/**
 * Parses the table of `yum check-update` / `dnf check-update` (dnf4 prints the same table, dnf5's
 * `check-upgrade` the same rows) into pending updates for `source`.
 *
 * Only rows shaped `name.arch  [epoch:]version-release  repo` count, which leaves out plugin,
 * mirror and subscription-manager banners, the metadata-expiration line, `Security:` and broken
 * update-notice messages. A row whose long name (or EVR) pushed the rest onto the next, indented
 * line is joined back. Everything from `Obsoleting Packages` on is skipped. The arch is dropped,
 * as the contract has none, and arches with the same version collapse into one update; the
 * installed version is not in this output.
 */
export function parseYumCheckUpdate(text: string, source: 'dnf' | 'yum' = 'yum'): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  const seen = new Set<string>();
  let pending: string[] | undefined;
  const add = (cells: string[]): void => {
    const update = readRow(cells, source);
    if (update === undefined) return;
    const key = `${update.name}\t${update.availableVersion}`;
    if (seen.has(key)) return;
    seen.add(key);
    updates.push(update);
  };

  for (const line of splitLines(text)) {
    if (OBSOLETING_HEADER.test(line)) break;
    const cells = splitOnBlanks(line);
    if (cells.length === 0) {
      pending = undefined;
    } else if (/^\s/.test(line)) {
      // An indented line only ever continues a wrapped row; otherwise it is a mirror list entry.
      if (pending === undefined) continue;
      const joined = [...pending, ...cells];
      if (joined.length >= ROW_CELLS) {
        add(joined);
        pending = undefined;
      } else {
        pending = joined;
      }
    } else if (cells.length >= ROW_CELLS) {
      pending = undefined;
      add(cells);
    } else {
      pending = startsRow(cells) ? cells : undefined;
    }
  }
  return updates;
}

function startsRow(cells: string[]): boolean {
  const [nameArch = '', evr] = cells;
  return NAME_ARCH.test(nameArch) && (evr === undefined || EVR.test(evr));
}

function readRow(cells: string[], source: 'dnf' | 'yum'): PendingUpdate | undefined {
  if (cells.length !== ROW_CELLS) return undefined;
  const [nameArch = '', evr = ''] = cells;
  const name = NAME_ARCH.exec(nameArch)?.[1];
  if (name === undefined || !EVR.test(evr)) return undefined;
  return { name: clipShortString(name), availableVersion: clipShortString(evr), source };
}
