import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readSnapRows } from './snap-table.ts';

/**
 * Parses `snap refresh --list` (any locale) into pending updates: each row is the revision the
 * store would install. The snap's name is also its id (what `snap refresh` takes). The table does
 * not show the installed version; the collector adds it.
 */
export function parseSnapRefreshList(text: string): PendingUpdate[] {
  return readSnapRows(text).map((row) => ({
    name: clipShortString(row.name),
    availableVersion: clipShortString(row.version),
    source: 'snap',
    id: clipShortString(row.name),
  }));
}
