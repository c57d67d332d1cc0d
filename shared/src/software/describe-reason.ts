// Verdict reasons as one short sentence each, for a busy IT coordinator or a 12-year-old Tech
// Advisor: the console shows them beside a verdict, exports put them in a spreadsheet cell.
import type { UpdateSource } from '../schemas/inventory.ts';
import type { Verdict, VerdictReason } from '../schemas/software/verdicts.ts';

/** Update sources as people know them; apt and friends are known by their command names. */
const UPDATE_SOURCE_NAMES: Readonly<Record<UpdateSource, string>> = {
  apt: 'apt',
  dnf: 'dnf',
  yum: 'yum',
  zypper: 'zypper',
  winget: 'winget',
  'windows-update': 'Windows Update',
  softwareupdate: 'Software Update',
  brew: 'Homebrew',
  flatpak: 'Flatpak',
  snap: 'Snap',
  other: 'the package manager',
};

const GENERIC_MANAGER = 'the package manager';

/** The friendly name of an update source; an unknown name is shown as reported. */
function managerName(manager: string): string {
  const trimmed = manager.trim();
  if (trimmed === '') return GENERIC_MANAGER;
  return Object.hasOwn(UPDATE_SOURCE_NAMES, trimmed)
    ? UPDATE_SOURCE_NAMES[trimmed as UpdateSource]
    : trimmed;
}

/** Capitalizes only our own generic wording: "apt offers …" stays lower-case, as apt is. */
function atSentenceStart(name: string): string {
  return name === GENERIC_MANAGER ? 'The package manager' : name;
}

function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** One short plain-English sentence (no full stop) saying what a verdict reason means. */
export function describeReason(reason: VerdictReason): string {
  switch (reason.kind) {
    case 'pending-update': {
      // The manager's own id says which of its packages, as `winget upgrade --id` would take it.
      const details = [reason.id, reason.security ? 'security update' : undefined].filter(
        (part) => part !== undefined && part !== '',
      );
      const suffix = details.length === 0 ? '' : ` (${details.join(', ')})`;
      return `${atSentenceStart(managerName(reason.source))} offers ${reason.availableVersion}${suffix}`;
    }
    case 'below-minimum':
      return `Older than the school's minimum, ${reason.minimumVersion}`;
    case 'required-missing':
      return 'Required by the school but not installed';
    case 'banned':
      return 'Not allowed at this school';
    case 'catalog-newer': {
      const details = [
        reason.releaseDate === null ? null : `released ${reason.releaseDate}`,
        reason.catalogSource === null ? null : `from ${reason.catalogSource}`,
      ].filter((part) => part !== null);
      const suffix = details.length === 0 ? '' : ` (${details.join(', ')})`;
      return `The catalog lists ${reason.latestVersion}${suffix}`;
    }
    case 'fleet-newer': {
      const verb = reason.devicesNewer === 1 ? 'runs' : 'run';
      // Devices newer than this one may run any version up to the newest, so say "up to".
      return `${count(reason.devicesNewer, 'similar device', 'similar devices')} ${verb} a newer version, up to ${reason.newestVersion}`;
    }
    case 'os-end-of-life':
      return `${reason.release} support ended on ${reason.endOfLife}`;
    case 'manager-current':
      return `${atSentenceStart(managerName(reason.manager))} offers nothing newer`;
    case 'catalog-current':
      return `Up to date with the catalog's latest, ${reason.latestVersion}`;
    case 'meets-minimum':
      return `Meets the school's minimum, ${reason.minimumVersion}`;
    case 'fleet-newest':
      // One device (this one) is no comparison at all, so say so rather than "among 1 device".
      return reason.devices <= 1
        ? 'No similar device runs a newer version'
        : `The newest version among ${count(reason.devices, 'similar device', 'similar devices')}`;
    case 'os-supported':
      return `Supported until ${reason.endOfLife}`;
    case 'updates-unchecked':
      return `Could not ask ${managerName(reason.manager)} for updates this time`;
    case 'no-reference':
      return 'Nothing to compare with: no catalog entry, no policy, no other device runs it';
    case 'no-version':
      return 'The device did not report a version';
    default:
      return unreachable(reason);
  }
}

/** A verdict's reasons as one line, joined with "; " (empty when it has none). */
export function describeVerdict(verdict: Verdict): string {
  return verdict.reasons.map(describeReason).join('; ');
}

function unreachable(reason: never): string {
  // A reason kind added to the contract but not here yet: show its name rather than throw.
  const kind: unknown = (reason as { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : 'Unknown reason';
}
