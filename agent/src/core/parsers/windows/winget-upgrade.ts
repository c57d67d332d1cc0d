import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { readConsoleTables, type ConsoleTable } from './console-table.ts';

/** Winget cuts long names and ids to the column width and ends them with U+2026. */
const TRUNCATION_MARK = '…';

/** Header labels of the Source column (German `Quelle`), for tables without an Available column. */
const SOURCE_LABELS: ReadonlySet<string> = new Set([
  'source',
  'quelle',
  'origen',
  'fonte',
  'origine',
  'bron',
]);

/** Configured winget sources; a fourth column holding only these is Source, not Available. */
const SOURCE_NAMES: ReadonlySet<string> = new Set(['winget', 'msstore']);

/** "Unknown" installed versions (`winget upgrade --include-unknown`), localized. */
const UNKNOWN_VERSIONS: ReadonlySet<string> = new Set([
  'unknown',
  'unbekannt',
  'inconnu',
  'desconocido',
  'sconosciuto',
  'desconhecido',
]);

type Roles = { name: number; id: number; version: number; available: number };

/**
 * Parses `winget upgrade` (or `winget list`) table output into pending updates.
 *
 * - Columns come from each table's header and dashed rule; labels may be localized, so roles are
 *   taken by position (Name, Id, Version, Available, Source), Source being optional.
 * - The "require explicit targeting" table after the footer is included: those packages do have
 *   a newer version, winget merely will not upgrade them with `--all`.
 * - `name` is the winget Id (`Microsoft.Edge`): stable across languages and machines and what
 *   `winget upgrade --id` takes, where the Name column is localized and often cut with `…`. Only
 *   when the Id itself is cut (ARP/MSIX ids) is the Name used, if it is whole.
 * - `id` is the winget Id whenever it is whole; an Id cut with `…` identifies nothing and is left
 *   out, so the hub never matches on a fragment.
 * - An `Unknown` installed version is left out; `< 1.2` / `> 1.2` approximations are kept as
 *   printed. Rows without an Available version (`winget list`) are not updates. Duplicate rows
 *   (one package installed twice) stay.
 * - Text without a table ("No available upgrade found.", localized) yields none.
 */
export function parseWingetUpgrade(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  for (const table of readConsoleTables(text)) {
    const roles = rolesOf(table);
    if (!roles) continue;
    for (const row of table.rows) {
      const update = toUpdate(row, roles);
      if (update) updates.push(update);
    }
  }
  return updates;
}

function rolesOf(table: ConsoleTable): Roles | undefined {
  const count = table.columns.length;
  if (count < 4) return undefined;
  if (count === 4 && isSourceColumn(table)) return undefined;
  return { name: 0, id: 1, version: 2, available: 3 };
}

// With four columns the fourth is Available (`--source winget` drops Source) or Source (a
// `winget search`/`list` table without Available). The label decides, else the cells do.
function isSourceColumn(table: ConsoleTable): boolean {
  const label = table.columns[3]?.label.toLowerCase() ?? '';
  if (SOURCE_LABELS.has(label)) return true;
  const cells = table.rows.map((row) => row[3] ?? '').filter((cell) => cell !== '');
  return cells.length > 0 && cells.every((cell) => SOURCE_NAMES.has(cell.toLowerCase()));
}

function toUpdate(row: readonly string[], roles: Roles): PendingUpdate | undefined {
  const displayName = row[roles.name] ?? '';
  const id = row[roles.id] ?? '';
  const installed = row[roles.version] ?? '';
  const available = row[roles.available] ?? '';
  if (available === '' || (id === '' && displayName === '')) return undefined;
  const update: PendingUpdate = {
    name: clipShortString(pickName(id, displayName)),
    availableVersion: clipShortString(available),
    source: 'winget',
  };
  if (isWhole(id)) update.id = clipShortString(id);
  if (installed !== '' && !UNKNOWN_VERSIONS.has(installed.toLowerCase())) {
    update.installedVersion = clipShortString(installed);
  }
  return update;
}

function pickName(id: string, displayName: string): string {
  if (isWhole(id)) return id;
  if (isWhole(displayName)) return displayName;
  return id !== '' ? id : displayName;
}

function isWhole(cell: string): boolean {
  return cell !== '' && !cell.endsWith(TRUNCATION_MARK);
}
