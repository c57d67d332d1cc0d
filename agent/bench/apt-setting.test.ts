import { describe, expect, it } from 'vitest';
import {
  disablesPackageCache,
  keepsPackageCache,
  parseAptConfigDump,
  withoutAptConfig,
} from './apt-setting.ts';

describe('disablesPackageCache', () => {
  it("finds Docker's docker-clean setting, flat or nested, in any case", () => {
    expect(disablesPackageCache('Dir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n')).toBe(
      true,
    );
    expect(disablesPackageCache('Dir::Cache::srcpkgcache "";')).toBe(true);
    expect(disablesPackageCache('Dir {\n  Cache {\n    PkgCache "";\n  };\n};\n')).toBe(true);
  });

  it('ignores other settings, cache file names and commented-out lines', () => {
    expect(disablesPackageCache('Acquire::GzipIndexes "true";')).toBe(false);
    expect(disablesPackageCache('Dir::Cache::pkgcache "pkgcache.bin";')).toBe(false);
    expect(disablesPackageCache('# Dir::Cache::pkgcache "";\n// Dir::Cache::pkgcache "";')).toBe(
      false,
    );
    expect(disablesPackageCache('/* Dir::Cache::pkgcache ""; */ APT::Color "1";')).toBe(false);
    expect(disablesPackageCache('Dir::Cache::pkgcache "a.bin"; // was ""')).toBe(false);
    // A URL's // is no comment: the setting after it still counts.
    expect(
      disablesPackageCache('Acquire::http::Proxy "http://proxy:3142"; Dir::Cache::pkgcache "";'),
    ).toBe(true);
  });
});

describe('parseAptConfigDump', () => {
  const dump = [
    'Dir "/";',
    'Dir::Cache "/tmp/stock/cache";',
    'Dir::Cache::pkgcache "";',
    'APT::NeverAutoRemove "";',
    'APT::NeverAutoRemove:: "^firmware-linux.*";',
    'DPkg::Pre-Install-Pkgs:: "/usr/sbin/dpkg-preconfigure --apt || true";',
    '',
  ].join('\n');

  it('reads names and values, skipping list items', () => {
    const values = parseAptConfigDump(dump);
    expect(values.get('Dir::Cache')).toBe('/tmp/stock/cache');
    expect(values.get('Dir::Cache::pkgcache')).toBe('');
    expect(values.get('APT::NeverAutoRemove')).toBe('');
    expect([...values.keys()].some((key) => key.endsWith('::'))).toBe(false);
  });

  it('says whether apt keeps its package cache (unset means its default, kept)', () => {
    expect(keepsPackageCache(parseAptConfigDump(dump))).toBe(false);
    expect(keepsPackageCache(parseAptConfigDump('Dir::Cache::pkgcache "pkgcache.bin";'))).toBe(
      true,
    );
    expect(keepsPackageCache(parseAptConfigDump('Dir "/";'))).toBe(true);
  });
});

describe('withoutAptConfig', () => {
  it('drops APT_CONFIG and keeps the rest, leaving the original alone', () => {
    const env = { APT_CONFIG: '/tmp/apt.conf', PATH: '/usr/bin' };
    expect(withoutAptConfig(env)).toEqual({ PATH: '/usr/bin' });
    expect(env.APT_CONFIG).toBe('/tmp/apt.conf');
  });
});
