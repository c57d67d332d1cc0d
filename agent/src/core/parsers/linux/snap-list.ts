import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readSnapRows } from './snap-table.ts';

/**
 * Notes that mark the snap platform itself rather than an application: bases (`core18`, `bare`),
 * the old `core` snap and `snapd`. GLPI drops the same rows.
 */
const PLATFORM_NOTES: ReadonlySet<string> = new Set(['base', 'core', 'snapd']);

/** An older revision kept for rollback (`snap list --all`); only the active one is installed. */
const DISABLED_NOTE = 'disabled';

/**
 * Parses `snap list` (any locale) into installed snaps. The id is `name/revision`, as in the
 * mount path `/snap/<name>/<revision>`, since the revision, not the free-form version, orders
 * snap releases; the origin is the tracked channel.
 */
export function parseSnapList(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const row of readSnapRows(text)) {
    if (row.notes.some((note) => PLATFORM_NOTES.has(note) || note === DISABLED_NOTE)) continue;
    const item: SoftwareItem = {
      name: clipShortString(row.name),
      version: clipShortString(row.version),
      source: 'snap',
      id: clipShortString(`${row.name}/${row.revision}`),
    };
    if (row.publisher !== undefined) item.publisher = clipShortString(row.publisher);
    // One middle cell is the Tracking column; older snapd printed none.
    const [tracking] = row.middle;
    if (row.middle.length === 1 && tracking !== undefined && tracking !== '-') {
      item.origin = clipShortString(tracking);
    }
    items.push(item);
  }
  return items;
}
