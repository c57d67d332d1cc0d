// One software title per operating-system release line ("Windows 11", "macOS 14 Sonoma",
// "Ubuntu 22.04"), so an OS can be judged like any other title and matched to its lifecycle.
import type { OsInfo } from '@handraise/shared';

export type OsTitle = {
  /** `os:` + lower-case words joined by hyphens, e.g. `os:windows-11`, `os:ubuntu-22.04`. */
  key: string;
  /** "Windows 11", "macOS 14 Sonoma", "Debian 12". */
  name: string;
  /** The version as the device reported it ("10.0.22631", "14.6.1", "22.04.4 LTS"). */
  version: string;
};

/** Windows 11 kept reporting itself as "Windows 10" in some APIs; its builds start here. */
const FIRST_WINDOWS_11_BUILD = 22_000;
/** The first Windows 10 build (1507); anything older is left to the name. */
const FIRST_WINDOWS_10_BUILD = 10_240;

/** Server builds, for a name that leaves out the year. */
const WINDOWS_SERVER_BY_BUILD: ReadonlyMap<number, string> = new Map([
  [14_393, '2016'],
  [17_763, '2019'],
  [20_348, '2022'],
  [26_100, '2025'],
]);

const MACOS_NAMES: ReadonlyMap<string, string> = new Map([
  ['10.12', 'Sierra'],
  ['10.13', 'High Sierra'],
  ['10.14', 'Mojave'],
  ['10.15', 'Catalina'],
  ['11', 'Big Sur'],
  ['12', 'Monterey'],
  ['13', 'Ventura'],
  ['14', 'Sonoma'],
  ['15', 'Sequoia'],
  ['26', 'Tahoe'],
  ['27', 'Golden Gate'],
]);

type Distro = {
  pattern: RegExp;
  slug: string;
  name: string;
  /** Which part of the version names a release line: Ubuntu's YY.MM and Leap's 15.6 need two. */
  parts: 1 | 2;
};

// Checked in order: LMDE says "Debian" and must not become Debian.
const DISTROS: readonly Distro[] = [
  { pattern: /\blmde\b|linux mint debian/i, slug: 'lmde', name: 'LMDE', parts: 1 },
  { pattern: /\blinux ?mint\b/i, slug: 'linux-mint', name: 'Linux Mint', parts: 1 },
  // Kubuntu, Xubuntu and the other flavours share Ubuntu's release lines.
  { pattern: /ubuntu\b/i, slug: 'ubuntu', name: 'Ubuntu', parts: 2 },
  { pattern: /\bpop!?_?os\b/i, slug: 'pop-os', name: 'Pop!_OS', parts: 2 },
  { pattern: /\bdebian\b/i, slug: 'debian', name: 'Debian', parts: 1 },
  { pattern: /\bfedora\b/i, slug: 'fedora', name: 'Fedora', parts: 1 },
  { pattern: /\brocky\b/i, slug: 'rocky', name: 'Rocky Linux', parts: 1 },
  { pattern: /\balma ?linux\b/i, slug: 'almalinux', name: 'AlmaLinux', parts: 1 },
  {
    pattern: /\bred hat enterprise\b|\brhel\b/i,
    slug: 'rhel',
    name: 'Red Hat Enterprise Linux',
    parts: 1,
  },
  { pattern: /\bcentos\b/i, slug: 'centos', name: 'CentOS', parts: 1 },
  { pattern: /\bopensuse leap\b/i, slug: 'opensuse-leap', name: 'openSUSE Leap', parts: 2 },
];

/** Longest slug kept, well inside the title-key limit of 200 characters. */
const MAX_SLUG = 100;

/** The OS title a device's operating system counts under. Never throws; the key is never empty. */
export function osTitleFor(os: OsInfo): OsTitle {
  const name = os.name.trim();
  const version = os.version.trim();
  const line =
    windowsLine(os, name, version) ??
    macosLine(os, name, version) ??
    distroLine(name, version) ??
    genericLine(os, name, version);
  return { key: `os:${line.slug}`, name: line.name, version };
}

type Line = { slug: string; name: string };

function windowsLine(os: OsInfo, name: string, version: string): Line | null {
  if (os.platform !== 'windows' && !/\bwindows\b/i.test(name)) return null;
  const build = windowsBuild(os, version);

  const server = /\bwindows\s+server\s+(\d{4})(\s+r2)?\b/i.exec(name);
  if (server !== null) {
    const year = server[1] ?? '';
    const r2 = server[2] === undefined ? '' : ' R2';
    return { slug: slugify(`windows server ${year}${r2}`), name: `Windows Server ${year}${r2}` };
  }
  if (/\bserver\b/i.test(name)) {
    const year = build === null ? undefined : WINDOWS_SERVER_BY_BUILD.get(build);
    return year === undefined
      ? { slug: 'windows-server', name: 'Windows Server' }
      : { slug: `windows-server-${year}`, name: `Windows Server ${year}` };
  }

  const named = /\bwindows\s+(\d+(?:\.\d+)?)\b/i.exec(name)?.[1];
  // Trust the build over the name: the registry's ProductName still says "Windows 10" on 11.
  let release = named;
  if (build !== null && build >= FIRST_WINDOWS_10_BUILD && (named ?? '10') === '10') {
    release = build >= FIRST_WINDOWS_11_BUILD ? '11' : '10';
  }
  if (release === undefined) return { slug: 'windows', name: 'Windows' };
  return { slug: `windows-${release}`, name: `Windows ${release}` };
}

/** The build number from `build`, or from a "10.0.22631" version; null when neither has one. */
function windowsBuild(os: OsInfo, version: string): number | null {
  const fromBuild = /^\s*(\d+)/.exec(os.build ?? '')?.[1];
  const fromVersion = /^\d+\.\d+\.(\d+)/.exec(version)?.[1];
  const text = fromBuild ?? fromVersion;
  return text === undefined ? null : Number(text);
}

function macosLine(os: OsInfo, name: string, version: string): Line | null {
  if (os.platform !== 'macos' && !/\bmac\s*os\b|\bos\s*x\b/i.test(name)) return null;
  const match = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (match === null) return { slug: 'macos', name: 'macOS' };
  const major = String(Number(match[1]));
  // Before macOS 11 the second number named the release (10.15 Catalina).
  const release = major === '10' && match[2] !== undefined ? `10.${Number(match[2])}` : major;
  const codename = MACOS_NAMES.get(release);
  return {
    slug: `macos-${release}`,
    name: codename === undefined ? `macOS ${release}` : `macOS ${release} ${codename}`,
  };
}

function distroLine(name: string, version: string): Line | null {
  const distro = DISTROS.find((d) => d.pattern.test(name));
  if (distro === undefined) return null;
  const release = releaseOf(version, distro.parts);
  if (release === null) return { slug: distro.slug, name: distro.name };
  return { slug: `${distro.slug}-${release}`, name: `${distro.name} ${release}` };
}

function genericLine(os: OsInfo, name: string, version: string): Line {
  const base = slugify(name);
  const release = releaseOf(version, 1);
  const slug = base === '' ? os.platform : base;
  const display = name === '' ? os.platform : name;
  if (release === null) return { slug, name: display };
  return { slug: `${slug}-${release}`, name: `${display} ${release}` };
}

/**
 * The release-line part of a version: "12" of "12.7", "22.04" of "22.04.4 LTS" (two parts).
 * Null for none, or for a rolling release's snapshot date ("20240601"), which names no line.
 */
function releaseOf(version: string, parts: 1 | 2): string | null {
  const match = /^(\d{1,4})(?:\.(\d{1,4}))?/.exec(version);
  if (match === null) return null;
  const major = match[1] ?? '';
  if (major.length > 3) return null;
  const majorText = String(Number(major));
  if (parts === 1 || match[2] === undefined) return majorText;
  return `${majorText}.${match[2]}`;
}

/** Lower-case ASCII words joined by hyphens; dots and pluses kept ("8.1", "c++"). */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/^[-.+]+|[-.+]+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/[-.+]+$/g, '');
}
