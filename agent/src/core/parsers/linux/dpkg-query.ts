import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { splitLines } from './text-lines.ts';

/** The agent's own layout: name, version, architecture, status abbreviation, size in KiB. */
export const DPKG_QUERY_FORMAT =
  '${binary:Package}\\t${Version}\\t${Architecture}\\t${db:Status-Abbrev}\\t${Installed-Size}\\n';

/**
 * `${db:Status-Abbrev}`: desired action (`u`nknown, `i`nstall, `h`old, `r`emove, `p`urge), package
 * status (`n`ot-installed, `c`onfig-files, `H`alf-installed, `U`npacked, half-`F`onfigured,
 * triggers-`W`aited, triggers-`t`ending, `i`nstalled), then an optional `R` (reinstall required).
 * dpkg pads the empty error flag with a space, which the caller has trimmed away.
 */
const STATUS_ABBREV = /^[uihrp][ncHUFWti]R?$/;

/** `${db:Status-Status}` words, as Ohai's layout prints them in its fourth column. */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  'not-installed',
  'config-files',
  'half-installed',
  'unpacked',
  'half-configured',
  'triggers-awaited',
  'triggers-pending',
  'installed',
]);

/**
 * Wanted states of a package that is meant to stay: install or hold. One still on disk but
 * selected for removal or purge (`ri`, `deinstall ok installed`) is on its way out and left out,
 * as the agent has always done; GLPI would keep it.
 */
const KEPT_DESIRES: ReadonlySet<string> = new Set(['i', 'h', 'install', 'hold']);

type DpkgRow = { name: string; version: string; arch: string; installed: boolean };

/**
 * Parses `dpkg-query -W` output in any of three layouts, told apart line by line by the shape of
 * the fourth column: the agent's own (DPKG_QUERY_FORMAT: a status abbreviation), GLPI's
 * (`${Package}\t${Architecture}\t${Version}\t${Installed-Size}\t${Section}[\t${Status}]`: a size)
 * and Ohai's (`${Package}\t${Version}\t${Architecture}\t${db:Status-Status}`: a status word).
 * Only installed packages that are meant to stay are returned; each architecture of a multi-arch
 * package is its own item.
 */
export function parseDpkgQuery(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const line of splitLines(text)) {
    const row = readRow(line.split('\t').map((cell) => cell.trim()));
    if (row === undefined || !row.installed) continue;
    // `${binary:Package}` is `libc6:i386` for foreign-arch packages; the arch has its own column.
    const name = row.name.split(':', 1)[0] ?? '';
    if (name === '') continue;
    const item: SoftwareItem = {
      name: clipShortString(name),
      version: clipShortString(row.version),
      source: 'dpkg',
    };
    if (row.arch !== '') item.arch = clipShortString(row.arch);
    items.push(item);
  }
  return items;
}

function readRow(cells: string[]): DpkgRow | undefined {
  const [first = '', second = '', third = '', fourth = '', , sixth] = cells;
  if (cells.length >= 4 && STATUS_ABBREV.test(fourth)) {
    const desire = fourth.charAt(0);
    const status = fourth.charAt(1);
    return { name: first, version: second, arch: third, installed: isKept(desire, status === 'i') };
  }
  if (cells.length === 4 && STATUS_WORDS.has(fourth)) {
    // Ohai's status word carries no wanted state, so an installed package counts as kept.
    return { name: first, version: second, arch: third, installed: fourth === 'installed' };
  }
  if ((cells.length === 5 || cells.length === 6) && /^\d*$/.test(fourth)) {
    return { name: first, version: third, arch: second, installed: glpiInstalled(sixth) };
  }
  return undefined;
}

/**
 * GLPI's `${Status}` is `want flag status` (`install ok installed`). GLPI's own capture lacks the
 * column on most lines; such lines came from an installed-packages listing, so they count.
 */
function glpiInstalled(status: string | undefined): boolean {
  if (status === undefined || status === '') return true;
  const [want = '', , state = ''] = status.split(/\s+/);
  return isKept(want, state === 'installed');
}

function isKept(desire: string, installed: boolean): boolean {
  return installed && KEPT_DESIRES.has(desire);
}
