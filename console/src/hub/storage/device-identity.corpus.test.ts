import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlaceholderId } from './device-identity.ts';

const FIXTURES =
  process.env.HANDRAISE_FIXTURES ?? join(import.meta.dirname, '../../../../../shared/fixtures');
const DMIDECODE = join(FIXTURES, 'hardware', 'dmidecode');

/** Every file under a folder. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** The serial numbers and UUIDs that `dmidecode` printed on real machines. */
function recordedIds(): string[] {
  return filesUnder(DMIDECODE).flatMap((file) =>
    [...readFileSync(file, 'latin1').matchAll(/^\s*(?:Serial Number|UUID):(.*)$/gm)].map(
      (m) => m[1] ?? '',
    ),
  );
}

describe('placeholder ids in dmidecode output from real machines', () => {
  it('takes every blank, "None", "Not Specified", O.E.M. and repeated-character value for a placeholder', () => {
    const ids = recordedIds();
    expect(ids.length).toBeGreaterThan(100);
    // Labels instead of values, and one character over and over (XXXXXXXXXX, 0000000, EEEE-…).
    const looksEmpty = (id: string) =>
      /^\s*(none|not specified|not present|to be filled by o\.e\.m\.|(system|chassis) serial number|0123456789)?\s*$/i.test(
        id,
      ) || /^\s*([0-9a-z.])\1*([-\s]\1*)*\s*$/i.test(id);
    const empty = ids.filter(looksEmpty);
    expect(empty.length).toBeGreaterThan(100);
    expect(empty.filter((id) => !isPlaceholderId(id))).toEqual([]);
    const real = ids.filter((id) => !looksEmpty(id));
    expect(real.length).toBeGreaterThan(10);
    expect(real.filter((id) => isPlaceholderId(id))).toEqual([]);
    console.log(`dmidecode ids: ${empty.length} placeholders, ${real.length} real`);
  });
});
