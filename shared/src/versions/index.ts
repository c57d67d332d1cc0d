// Version comparison for outdated-software verdicts: one comparator per versioning scheme.
import { compareDeb } from './deb.ts';
import { compareDotted } from './dotted.ts';
import { compareSystemVersion } from './dotnet.ts';
import { compareHomebrew } from './homebrew.ts';
import { compareMacos } from './macos.ts';
import type { VersionOrder } from './order.ts';
import { compareRpm } from './rpm.ts';
import type { VersionScheme } from './scheme.ts';
import { compareSemver } from './semver.ts';

export type { VersionOrder } from './order.ts';
export { VERSION_SCHEMES, versionSchemeFor, type VersionScheme } from './scheme.ts';
export { compareDeb, compareDebPart } from './deb.ts';
export { compareRpm, rpmvercmp } from './rpm.ts';
export { compareDotted } from './dotted.ts';
export { compareSystemVersion, parseSystemVersion } from './dotnet.ts';
export { isChromiumVersion } from './chromium.ts';
export { compareSemver, parseSemver } from './semver.ts';
export { compareMacos } from './macos.ts';
export { compareHomebrew } from './homebrew.ts';

const COMPARATORS: Readonly<Record<VersionScheme, (a: string, b: string) => VersionOrder>> = {
  deb: compareDeb,
  rpm: compareRpm,
  dotted: compareDotted,
  semver: compareSemver,
  macos: compareMacos,
  homebrew: compareHomebrew,
  dotnet: compareSystemVersion,
};

/**
 * Orders two versions of one title under a scheme: -1 if `a` is older, 0 if the same, 1 if newer.
 * Total for every input (never throws); a blank version sorts lowest in every scheme.
 */
export function compareVersions(a: string, b: string, scheme: VersionScheme): VersionOrder {
  return COMPARATORS[scheme](a, b);
}
