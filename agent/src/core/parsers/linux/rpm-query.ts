import type { SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';
import { isoDateFromEpochSeconds } from './install-date.ts';
import { splitLines, splitOnBlanks } from './text-lines.ts';

/**
 * The agent's own layout: name, epoch (0 when unset; a bare `%{EPOCH}` would print `(none)`),
 * version, release, architecture, install time in Unix seconds, vendor.
 */
export const RPM_QUERY_FORMAT =
  '%{NAME}\\t%|EPOCH?{%{EPOCH}}:{0}|\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\t%{INSTALLTIME}\\t%{VENDOR}\\n';

/** rpm prints this for a tag the header lacks (the arch of a `gpg-pubkey`, a missing vendor). */
const RPM_NONE = '(none)';

/** Imported signing keys are listed as packages named gpg-pubkey; they are not software. */
const PSEUDO_PACKAGES: ReadonlySet<string> = new Set(['gpg-pubkey']);

const DIGITS = /^\d+$/;
const EPOCH = /^(?:\d+|\(none\))$/;

type RpmRow = {
  name: string;
  epoch: string;
  version: string;
  release: string;
  arch: string;
  installTime: string;
  vendor: string;
};

/**
 * Parses `rpm -qa --qf` output in any of three layouts, told apart by column count and shape:
 * the agent's own (RPM_QUERY_FORMAT, 7 columns), Ohai's (name, epoch, version, release, install
 * time, arch: 6 columns) and GLPI's (name, arch, version-release, install time, size, vendor,
 * summary, group: 8 columns). A line without tabs is split on blanks, as some captures are.
 *
 * The version is `epoch:version-release` when the epoch is set and not 0, else `version-release`:
 * the form dnf and yum print in `check-update`, so installed and available versions read alike.
 * Every installed copy is an item; several kernels stay several items.
 */
export function parseRpmQuery(text: string): SoftwareItem[] {
  const items: SoftwareItem[] = [];
  for (const line of splitLines(text)) {
    const row = readRow(line);
    if (row === undefined || row.name === '' || PSEUDO_PACKAGES.has(row.name)) continue;
    const item: SoftwareItem = {
      name: clipShortString(row.name),
      version: clipShortString(formatRpmVersion(row.epoch, row.version, row.release)),
      source: 'rpm',
    };
    if (present(row.arch)) item.arch = clipShortString(row.arch);
    if (present(row.vendor)) item.publisher = clipShortString(row.vendor);
    const installDate = isoDateFromEpochSeconds(row.installTime);
    if (installDate !== undefined) item.installDate = installDate;
    items.push(item);
  }
  return items;
}

/** `[epoch:]version[-release]`, the epoch left out when it is 0 or unset. */
export function formatRpmVersion(epoch: string, version: string, release: string): string {
  const prefix = present(epoch) && epoch !== '0' ? `${epoch}:` : '';
  const suffix = present(release) ? `-${release}` : '';
  return `${prefix}${version}${suffix}`;
}

function readRow(line: string): RpmRow | undefined {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((cell) => cell.trim());
    if (cells.length === 7) return ownRow(cells);
    if (cells.length === 6) return ohaiRow(cells);
    if (cells.length === 8) return glpiRow(cells);
    return undefined;
  }
  const tokens = splitOnBlanks(line);
  if (tokens.length < 6) return undefined;
  if (tokens.length === 6) return ohaiRow(tokens) ?? ownRow(tokens);
  // The vendor is the only column of the agent's layout that holds blanks ("Red Hat, Inc.").
  return ownRow([...tokens.slice(0, 6), tokens.slice(6).join(' ')]);
}

function ownRow(cells: string[]): RpmRow | undefined {
  const [name = '', epoch = '', version = '', release = '', arch = '', installTime = ''] = cells;
  if (!EPOCH.test(epoch) || !DIGITS.test(installTime)) return undefined;
  const vendor = cells[6] ?? '';
  return { name, epoch, version, release, arch, installTime, vendor };
}

function ohaiRow(cells: string[]): RpmRow | undefined {
  const [name = '', epoch = '', version = '', release = '', installTime = '', arch = ''] = cells;
  if (!EPOCH.test(epoch) || !DIGITS.test(installTime)) return undefined;
  return { name, epoch, version, release, arch, installTime, vendor: '' };
}

function glpiRow(cells: string[]): RpmRow | undefined {
  const [name = '', arch = '', versionRelease = '', installTime = '', size = '', vendor = ''] =
    cells;
  if (!DIGITS.test(installTime) || !DIGITS.test(size)) return undefined;
  // Neither part may hold a dash, so the last one splits them.
  const dash = versionRelease.lastIndexOf('-');
  const version = dash === -1 ? versionRelease : versionRelease.slice(0, dash);
  const release = dash === -1 ? '' : versionRelease.slice(dash + 1);
  return { name, epoch: '', version, release, arch, installTime, vendor };
}

function present(value: string): boolean {
  return value !== '' && value !== RPM_NONE;
}
