import type { SoftwareItem } from '@handraise/shared';
import { CommandNotFoundError, runCommand } from '../run-command.ts';
import { clipShortString } from './field-values.ts';

/** One line per package: name, version, architecture, status abbreviation, size in KiB. */
export const DPKG_QUERY_FORMAT =
  '${binary:Package}\\t${Version}\\t${Architecture}\\t${db:Status-Abbrev}\\t${Installed-Size}\\n';

/** dpkg-query reads one local database; even 6,000 packages take well under a second. */
const DPKG_QUERY_TIMEOUT_MS = 15_000;

/**
 * Package states that mean "installed": desired install (`i`) or hold (`h`), status installed (`i`).
 * `rc` (removed, config left), `un`, half-installed and half-configured states are not software
 * the machine can run.
 */
const INSTALLED_STATE_PREFIXES = ['ii', 'hi'] as const;

/** Parses `dpkg-query -W -f=DPKG_QUERY_FORMAT` output into installed packages. */
export function parseDpkgQuery(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const line of text.split('\n')) {
    const [qualifiedName = '', version = '', arch = '', status = ''] = line.split('\t');
    if (!INSTALLED_STATE_PREFIXES.some((prefix) => status.startsWith(prefix))) continue;
    // `${binary:Package}` is `libc6:i386` for multi-arch packages; the arch has its own field.
    const name = qualifiedName.split(':', 1)[0]?.trim() ?? '';
    if (name === '') continue;
    const item: SoftwareItem = {
      name: clipShortString(name),
      version: clipShortString(version.trim()),
      source: 'dpkg',
    };
    if (arch.trim() !== '') item.arch = clipShortString(arch.trim());
    items.push(item);
  }
  return items;
}

/** Lists installed dpkg packages; a machine without dpkg-query has none. */
export async function collectDpkg(): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await runCommand('dpkg-query', ['-W', `-f=${DPKG_QUERY_FORMAT}`], {
      timeoutMs: DPKG_QUERY_TIMEOUT_MS,
    });
    return parseDpkgQuery(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
