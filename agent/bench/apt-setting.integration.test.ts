import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  disablesPackageCache,
  imageApt,
  keepsPackageCache,
  parseAptConfigDump,
  stockApt,
  withoutAptConfig,
} from './apt-setting.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const dump = (env: NodeJS.ProcessEnv) =>
  parseAptConfigDump(execFileSync('apt-config', ['dump'], { encoding: 'utf8', env }));

describe('stockApt', () => {
  it('gives apt its package cache back through APT_CONFIG alone, and builds the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stock-apt-'));
    dirs.push(dir);
    const etcBefore = readdirSync('/etc/apt/apt.conf.d').sort();

    const stock = stockApt(dir);

    expect(stock.setting).toBe('stock');
    expect(stock.env.APT_CONFIG).toBe(join(dir, 'apt.conf'));
    // apt reads APT_CONFIG before the parts folder, so the moved folder is the one it reads.
    const values = dump({ ...process.env, ...stock.env });
    expect(values.get('Dir::Etc::parts')).toBe(join(dir, 'apt.conf.d'));
    expect(values.get('Dir::Cache')).toBe(join(dir, 'cache'));
    expect(keepsPackageCache(values)).toBe(true);
    expect(existsSync(join(dir, 'cache', 'pkgcache.bin'))).toBe(true);
    // Every fragment but the cache-disabling ones is linked in; /etc is as it was.
    for (const name of etcBefore) {
      const text = readFileSync(join('/etc/apt/apt.conf.d', name), 'utf8');
      expect(existsSync(join(dir, 'apt.conf.d', name))).toBe(!disablesPackageCache(text));
    }
    expect(readdirSync('/etc/apt/apt.conf.d').sort()).toEqual(etcBefore);
  });
});

describe('imageApt', () => {
  it("says whether this machine's own apt keeps its cache, as apt-config reports it", () => {
    const image = imageApt();
    const cacheOn = keepsPackageCache(dump(withoutAptConfig(process.env)));
    expect(image.env).toEqual({});
    expect(image.label).toBe(
      cacheOn
        ? "this image: apt's package cache on (as stock)"
        : "this image: apt's package cache off",
    );
  });
});
