// Which comparator fits the versions a software or update source reports.

/** The version orderings compareVersions knows. */
export const VERSION_SCHEMES = [
  'deb',
  'rpm',
  'dotted',
  'semver',
  'macos',
  'homebrew',
  'dotnet',
] as const;
export type VersionScheme = (typeof VERSION_SCHEMES)[number];

const SCHEME_BY_SOURCE: ReadonlyMap<string, VersionScheme> = new Map<string, VersionScheme>([
  ['dpkg', 'deb'],
  ['apt', 'deb'],
  ['rpm', 'rpm'],
  ['dnf', 'rpm'],
  ['yum', 'rpm'],
  ['zypper', 'rpm'],
  // pacman's `epoch:pkgver-pkgrel` and its vercmp (derived from rpmvercmp) are far closer to rpm
  // than to dotted, which would misread the epoch; rpm differs only on a trailing letter run
  // (pacman: 1.0a < 1.0, rpm: 1.0a > 1.0).
  ['pacman', 'rpm'],
  ['registry', 'dotted'],
  ['appx', 'dotted'],
  ['winget', 'dotted'],
  ['windows-update', 'dotted'],
  ['snap', 'dotted'],
  ['flatpak', 'dotted'],
  ['other', 'dotted'],
  ['macapp', 'macos'],
  ['softwareupdate', 'macos'],
  ['mas', 'macos'],
  ['brew', 'homebrew'],
  ['npm', 'semver'],
  ['yarn', 'semver'],
  ['pnpm', 'semver'],
]);

/**
 * The scheme for a software or update source (`dpkg`, `apt`, `rpm`, `registry`, `macapp`, `brew`,
 * …, or a scheme name itself), case-insensitive. Unknown sources get the tolerant `dotted`.
 */
export function versionSchemeFor(source: string): VersionScheme {
  const key = source.trim().toLowerCase();
  const known = SCHEME_BY_SOURCE.get(key);
  if (known !== undefined) return known;
  return VERSION_SCHEMES.find((scheme) => scheme === key) ?? 'dotted';
}
