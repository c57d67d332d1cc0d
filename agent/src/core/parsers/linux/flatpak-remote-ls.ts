import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { isFlatpakId, isFlatpakRuntimeId } from './flatpak-ids.ts';
import { splitLines } from './text-lines.ts';

/** The agent's own `flatpak remote-ls --updates --app --columns=…` layout. */
export const FLATPAK_UPDATES_COLUMNS = 'name,application,version,branch';

/**
 * Parses `flatpak remote-ls --updates --columns=name,application,version[,branch]` into pending
 * updates, named like the installed apps (display name, else id), with the application id as
 * `id`. The version is `''` when the new release declares none; remote-ls does not show the
 * installed version (the collector adds it). The same update offered to two installations is
 * listed once.
 */
export function parseFlatpakUpdates(text: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  const seen = new Set<string>();
  for (const line of splitLines(text)) {
    const [name = '', application = '', version = ''] = line.split('\t').map((cell) => cell.trim());
    if (!isFlatpakId(application) || isFlatpakRuntimeId(application)) continue;
    const update: PendingUpdate = {
      name: clipShortString(name === '' ? application : name),
      availableVersion: clipShortString(version),
      source: 'flatpak',
      id: clipShortString(application),
    };
    const key = `${application}\t${update.availableVersion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    updates.push(update);
  }
  return updates;
}
