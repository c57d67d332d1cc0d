import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';

/** Older brew prints several installed cask versions in one string, separated by `, `. */
const VERSION_LIST_SEPARATOR = ', ';

/**
 * Parses `brew outdated --json=v2` into pending updates, formulae and casks alike (source `brew`,
 * name and id = the formula or cask token, what `brew upgrade` takes). `installed_versions` is an array (formulae) or, for casks
 * from older brew, one string. With several installed versions the last listed, the newest, is
 * the installed version: it is the one brew upgrades from. Pinned formulae are listed too; they
 * do have a newer version, the owner has only chosen to hold them.
 */
export function parseBrewOutdatedJson(text: string): PendingUpdate[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parsed: unknown = JSON.parse(trimmed);
  if (!isObject(parsed)) throw new Error('brew outdated --json=v2: expected an object');
  return [...listOf(parsed.formulae), ...listOf(parsed.casks)].flatMap(toUpdate);
}

function toUpdate(entry: Record<string, unknown>): PendingUpdate[] {
  const name = typeof entry.name === 'string' ? entry.name.trim() : '';
  const available = typeof entry.current_version === 'string' ? entry.current_version.trim() : '';
  if (name === '' || available === '') return [];
  const update: PendingUpdate = {
    name: clipShortString(name),
    availableVersion: clipShortString(available),
    source: 'brew',
    id: clipShortString(name),
  };
  const installed = newestInstalled(entry.installed_versions);
  if (installed !== undefined) update.installedVersion = clipShortString(installed);
  return [update];
}

function newestInstalled(value: unknown): string | undefined {
  const versions = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? value.split(VERSION_LIST_SEPARATOR)
      : [];
  const cleaned = versions.map((version) => version.trim()).filter((version) => version !== '');
  return cleaned.at(-1);
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
