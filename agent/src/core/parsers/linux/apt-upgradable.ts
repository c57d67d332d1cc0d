import type { PendingUpdate } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { splitLines } from './text-lines.ts';

/**
 * `NAME/SUITES VERSION ARCH [STATE]`. SUITES is a comma list that may hold blanks (a local
 * repository labelled `Ubuntu 16.04`), so VERSION and ARCH are taken from the end of the line.
 */
const ROW = /^([^\s/]+)\/(.*?) (\S+) (\S+)(?: \[([^\]]*)\])?\s*$/;

const UPGRADABLE_FROM = /^upgradable from: (\S+)$/;
/** `apt list -a` adds this on the installed version's own row. */
const INSTALLED_UPGRADABLE_TO = /^installed,upgradable to: (\S+)$/;

/**
 * Parses `apt list --upgradable [-a]` into pending updates. A candidate row
 * (`[upgradable from: OLD]`) gives the update and its suites (security when a suite says so);
 * with `-a` the installed row (`[installed,upgradable to: NEW]`) repeats it and only counts when
 * no candidate row was printed. `Listing...`, `WARNING:` and `N:` lines and plain rows for other
 * available versions are skipped. Two architectures of one package are one update.
 */
export function parseAptUpgradable(text: string): PendingUpdate[] {
  const candidates: PendingUpdate[] = [];
  const installedRows: PendingUpdate[] = [];
  for (const line of splitLines(text)) {
    const match = ROW.exec(line);
    if (!match) continue;
    const [, qualifiedName = '', suites = '', version = '', , state = ''] = match;
    // Foreign-arch rows may read `libc6:i386`; the arch has its own column.
    const name = clipShortString(qualifiedName.split(':', 1)[0] ?? '');
    if (name === '') continue;
    const from = UPGRADABLE_FROM.exec(state)?.[1];
    if (from !== undefined) {
      candidates.push({
        name,
        installedVersion: clipShortString(from),
        availableVersion: clipShortString(version),
        source: 'apt',
        security: /security/i.test(suites),
      });
      continue;
    }
    const to = INSTALLED_UPGRADABLE_TO.exec(state)?.[1];
    if (to !== undefined) {
      installedRows.push({
        name,
        installedVersion: clipShortString(version),
        availableVersion: clipShortString(to),
        source: 'apt',
      });
    }
  }
  const covered = new Set(candidates.map(updateKey));
  return dedupe([...candidates, ...installedRows.filter((row) => !covered.has(updateKey(row)))]);
}

function updateKey(update: PendingUpdate): string {
  return `${update.name}\t${update.installedVersion ?? ''}\t${update.availableVersion}`;
}

function dedupe(updates: PendingUpdate[]): PendingUpdate[] {
  const seen = new Set<string>();
  return updates.filter((update) => {
    const key = updateKey(update);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
