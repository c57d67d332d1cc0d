import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { flatpakItemId, isFlatpakId, isFlatpakRuntimeId } from './flatpak-ids.ts';
import { splitLines } from './text-lines.ts';

/** The agent's own `flatpak list --app --columns=…` layout. */
export const FLATPAK_LIST_COLUMNS = 'application,version,branch,installation,origin,name';

type FlatpakRow = {
  application: string;
  name: string;
  version: string;
  branch?: string;
  installation?: string;
  origin?: string;
};

/**
 * Parses `flatpak list` output into installed apps. Layouts, told apart by column count and by
 * which column holds the app id: the agent's own (FLATPAK_LIST_COLUMNS, 6 columns), GLPI's
 * `-a --columns=application,branch,installation,name` (4) and `--columns=name,application,version`
 * (2–3: an app that declares no version has an empty cell, or none at all in the MPM capture).
 * An app without a version gets `''`; its branch stays in the id. Runtimes and extensions are
 * dropped where their id gives them away, for lists taken without `--app`.
 */
export function parseFlatpakList(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const line of splitLines(text)) {
    const row = readRow(line.split('\t').map((cell) => cell.trim()));
    if (row === undefined || isFlatpakRuntimeId(row.application)) continue;
    const item: SoftwareItem = {
      name: clipShortString(row.name === '' ? row.application : row.name),
      version: clipShortString(row.version),
      source: 'flatpak',
      id: clipShortString(flatpakItemId(row.application, row.branch, row.installation)),
    };
    if (row.origin) item.origin = clipShortString(row.origin);
    items.push(item);
  }
  return items;
}

function readRow(cells: string[]): FlatpakRow | undefined {
  const [first = '', second = '', third = '', fourth = '', fifth = '', sixth = ''] = cells;
  if (cells.length === 6 && isFlatpakId(first)) {
    return {
      application: first,
      version: second,
      branch: third,
      installation: fourth,
      origin: fifth,
      name: sixth,
    };
  }
  if (cells.length === 4 && isFlatpakId(first)) {
    return { application: first, version: '', branch: second, installation: third, name: fourth };
  }
  if ((cells.length === 2 || cells.length === 3) && isFlatpakId(second)) {
    return { application: second, version: third, name: first };
  }
  return undefined;
}
