import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Systeminformation } from 'systeminformation';

export type LinuxOsFacts = Pick<
  Systeminformation.OsData,
  'platform' | 'distro' | 'release' | 'codename' | 'kernel' | 'arch' | 'hostname' | 'build'
>;

type Release = Pick<LinuxOsFacts, 'distro' | 'release' | 'codename' | 'build'>;

/**
 * Reads the distribution's release files as `cat /etc/*-release /usr/lib/os-release
 * /etc/openwrt_release` would print them, one after the other: later files win on a key, so
 * os-release overrides lsb-release, but lsb-release's DISTRIB_* keys, which os-release lacks,
 * stay first in line.
 */
export function parseReleaseFiles(text: string): Release {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.includes('=')) continue;
    // The value ends at a second '=' if there is one, as systeminformation read it.
    const [key = '', value = ''] = line.split('=');
    values.set(key.trim().toUpperCase(), value.trim());
  }
  const get = (key: string) => values.get(key) ?? '';
  const unquote = (value: string) => value.replaceAll('"', '');
  const distro = unquote(get('DISTRIB_ID') || get('NAME') || 'unknown');
  let version = unquote(get('VERSION'));
  let codename = unquote(get('DISTRIB_CODENAME') || get('VERSION_CODENAME'));
  const prettyName = unquote(get('PRETTY_NAME'));
  // "Debian GNU/Linux 12 (bookworm)": the version and codename follow the distribution's name.
  if (prettyName.startsWith(`${distro} `)) version = prettyName.slice(distro.length + 1).trim();
  if (version.includes('(')) {
    codename = (version.split('(')[1] ?? '').replace(/[()]/g, '').trim();
    version = (version.split('(')[0] ?? '').trim();
  }
  return {
    distro,
    release: unquote(version || get('DISTRIB_RELEASE') || get('VERSION_ID') || 'unknown'),
    codename,
    build: unquote(get('BUILD_ID')).trim(),
  };
}

/**
 * The release files in the order the shell's `/etc/*-release` glob lists them, then the rest.
 * A few small files: read at once rather than through the thread pool.
 */
function releaseFileText(etc = '/etc'): string {
  let names: string[] = [];
  try {
    names = readdirSync(etc).filter((n) => n.endsWith('-release') && !n.startsWith('.'));
  } catch {
    // No /etc to list: only the fixed paths below.
  }
  const paths = [
    ...names.sort().map((name) => join(etc, name)),
    '/usr/lib/os-release',
    join(etc, 'openwrt_release'),
  ];
  return paths
    .map((path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        // Absent, or a folder named like a release file: as `cat` would, skip it.
        return '';
      }
    })
    .join('');
}

/** The operating system as systeminformation's osInfo() describes a Linux one, without a shell. */
export function readLinuxOs(): LinuxOsFacts {
  return {
    platform: process.platform,
    ...parseReleaseFiles(releaseFileText()),
    kernel: os.release(),
    arch: os.arch(),
    hostname: os.hostname(),
  };
}
