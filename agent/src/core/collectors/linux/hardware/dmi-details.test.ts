import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDmiDetails } from './dmi-details.ts';

describe('readDmiDetails', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dmi-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), `${text}\n`);
  };

  it('reads firmware, chassis and asset tag, the date as YYYY-MM-DD', async () => {
    write({
      bios_vendor: 'LENOVO',
      bios_version: 'N24ET75W (1.50 )',
      bios_date: '03/14/2023',
      chassis_type: '10',
      chassis_asset_tag: 'SCH-0172',
    });
    expect(await readDmiDetails(dir)).toEqual({
      identity: {
        firmware: { vendor: 'LENOVO', version: 'N24ET75W (1.50 )', releaseDate: '2023-03-14' },
        chassis: 'laptop',
        assetTag: 'SCH-0172',
      },
      notes: [],
    });
  });

  it('leaves placeholders out, each with a note', async () => {
    write({
      bios_vendor: 'To Be Filled By O.E.M.',
      bios_version: '',
      bios_date: 'not a date',
      chassis_type: '2',
      chassis_asset_tag: 'Default string',
    });
    expect(await readDmiDetails(dir)).toEqual({
      identity: {},
      notes: [
        { collector: 'firmware', error: 'the firmware names neither vendor nor version' },
        { collector: 'chassis', error: 'the firmware gives no known chassis type' },
        { collector: 'asset-tag', error: 'no asset tag set in the firmware' },
      ],
    });
  });

  it('says once that there are no firmware tables where the folder is absent', async () => {
    const absent = join(dir, 'none');
    expect(await readDmiDetails(absent)).toEqual({
      identity: {},
      notes: [
        {
          collector: 'dmi',
          error: `no firmware tables (${absent} is absent): firmware, chassis and asset tag unknown`,
        },
      ],
    });
  });
});
