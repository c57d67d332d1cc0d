// The two apt configurations the agent is measured under: this machine's own, and a stock Debian
// one (apt's binary package cache kept), made without touching /etc.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export type AptSetting = 'image' | 'stock';

/** Where apt's configuration fragments live unless Dir::Etc::parts moves them. */
const APT_PARTS_DIR = '/etc/apt/apt.conf.d';
/** `apt-config dump` and `apt-cache gencaches` read a few files; seconds mean trouble. */
const APT_TOOL_TIMEOUT_MS = 60_000;

/**
 * Whether an apt configuration text switches off the binary package cache (pkgcache.bin or
 * srcpkgcache.bin set to ""), as Docker's debian images do in `docker-clean`. Comments are
 * dropped first (`#` lines, `//` to the end of a line but not inside a URL, and block comments), so a
 * commented-out setting does not count; the setting is matched in its flat
 * (`Dir::Cache::pkgcache "";`) and nested (`Cache { pkgcache ""; };`) forms alike, and apt
 * reads option names without regard to case.
 */
export function disablesPackageCache(configText: string): boolean {
  const withoutComments = configText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*#.*$/, '').replace(/(^|[\s;])\/\/.*$/, '$1'))
    .join('\n');
  return /(?<![\w-])(?:src)?pkgcache\s*"\s*"/i.test(withoutComments);
}

/** `apt-config dump` lines (`Name "value";`) as a map; list items (`Name:: "v";`) are skipped. */
export function parseAptConfigDump(dump: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of dump.split('\n')) {
    const match = /^(\S+) "(.*)";$/.exec(line);
    if (match?.[1] !== undefined && !match[1].endsWith('::')) values.set(match[1], match[2] ?? '');
  }
  return values;
}

/** True when the dump shows apt keeping its binary package cache. */
export function keepsPackageCache(dump: Map<string, string>): boolean {
  return (dump.get('Dir::Cache::pkgcache') ?? 'pkgcache.bin') !== '';
}

/** What the bench tells apt, and says about it, for one of the two settings. */
export type AptRun = {
  setting: AptSetting;
  /** Said beside every figure measured under it. */
  label: string;
  /** The environment variables that select it (none for the machine's own). */
  env: Record<string, string>;
  /** How it was set up, for the notes. */
  details: string[];
};

function aptConfigDump(env: NodeJS.ProcessEnv): Map<string, string> {
  const dump = execFileSync('apt-config', ['dump'], {
    encoding: 'utf8',
    env,
    timeout: APT_TOOL_TIMEOUT_MS,
  });
  return parseAptConfigDump(dump);
}

/** The environment without APT_CONFIG: apt as /etc configures it. */
export function withoutAptConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.APT_CONFIG;
  return rest;
}

/** This machine's apt, as the agent would find it; its label says whether the cache is on. */
export function imageApt(): AptRun {
  const cacheOn = keepsPackageCache(aptConfigDump(withoutAptConfig(process.env)));
  return {
    setting: 'image',
    label: cacheOn
      ? "this image: apt's package cache on (as stock)"
      : "this image: apt's package cache off",
    env: {},
    details: [
      cacheOn
        ? "this image: apt's own configuration keeps its package cache"
        : 'this image: apt\'s configuration sets Dir::Cache::pkgcache "", so every apt run rebuilds the cache from the package lists',
    ],
  };
}

/**
 * A stock Debian apt beside this machine's: APT_CONFIG names a file that moves Dir::Etc::parts
 * to a folder of links to every fragment of /etc/apt/apt.conf.d except those that switch the
 * package cache off, and Dir::Cache to a folder of our own. apt reads APT_CONFIG before the parts
 * folder, so the move takes effect; `apt-config dump` is asked to confirm it. The cache is then
 * built once, unmeasured, as `apt update` leaves it on a stock machine.
 */
export function stockApt(dir: string): AptRun {
  const parts = join(dir, 'apt.conf.d');
  const cache = join(dir, 'cache');
  mkdirSync(parts, { recursive: true });
  mkdirSync(cache, { recursive: true });
  const dropped: string[] = [];
  for (const name of readdirSync(APT_PARTS_DIR).sort()) {
    const source = join(APT_PARTS_DIR, name);
    let text: string;
    try {
      text = readFileSync(source, 'utf8');
    } catch {
      continue;
    }
    if (disablesPackageCache(text)) dropped.push(name);
    else symlinkSync(source, join(parts, name));
  }
  const configPath = join(dir, 'apt.conf');
  writeFileSync(configPath, `Dir::Etc::parts "${parts}";\nDir::Cache "${cache}";\n`);
  const env = { APT_CONFIG: configPath };

  const dump = aptConfigDump({ ...process.env, ...env });
  if (dump.get('Dir::Cache') !== cache || !keepsPackageCache(dump)) {
    throw new Error(
      `apt did not take the stock configuration (Dir::Cache "${dump.get('Dir::Cache')}", Dir::Cache::pkgcache "${dump.get('Dir::Cache::pkgcache')}")`,
    );
  }
  execFileSync('apt-cache', ['gencaches'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
    timeout: APT_TOOL_TIMEOUT_MS,
  });
  const pkgcache = join(cache, dump.get('Dir::Cache::pkgcache') ?? 'pkgcache.bin');
  if (!existsSync(pkgcache)) throw new Error(`apt-cache gencaches left no ${pkgcache}`);
  return {
    setting: 'stock',
    label: 'stock Debian apt: package cache on',
    env,
    details: [
      `stock Debian apt: APT_CONFIG=${configPath} (Dir::Etc::parts and Dir::Cache moved; /etc untouched);`,
      `  left out of apt.conf.d: ${dropped.join(', ') || 'nothing (no fragment turns the cache off)'};`,
      `  ${pkgcache} built once before the runs (apt-cache gencaches), as \`apt update\` would`,
    ],
  };
}
