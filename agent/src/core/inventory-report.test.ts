import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inventoryReportSchema } from '@handraise/shared';
import { collectInventory } from './inventory.ts';
import { deltaReport, fullReport } from './inventory-report.ts';
import { COMPRESS_REPORTS_OVER_BYTES, encodeReport } from './report-encoding.ts';

const os = {
  platform: 'linux' as const,
  name: 'Debian GNU/Linux',
  version: '12',
  arch: 'x64',
  hostname: 'pc',
};
const hardware = {
  cpu: { brand: 'x', cores: 2, physicalCores: 1, speedGHz: 1 },
  memoryBytes: 1,
  disks: [],
  gpus: [],
  network: [],
};

describe('encodeReport', () => {
  it('compresses a large report losslessly and leaves a small check-in as it is', async () => {
    const software = Array.from({ length: 800 }, (_, i) => ({
      name: `package-${i}`,
      version: `1.${i}.0-1`,
      source: 'dpkg' as const,
    }));
    const inventory = await collectInventory({
      collectors: {
        os: async () => os,
        hardware: async () => hardware,
        software: async () => software,
        updates: async () => [],
        hotfixes: async () => [],
      },
    });
    const full = fullReport(inventory);
    const encoded = encodeReport(full);
    if (!('encoding' in encoded)) throw new Error('expected a compressed report');
    expect(encoded.data.byteLength).toBeLessThan(JSON.stringify(full).length / 5);
    expect(
      inventoryReportSchema.parse(JSON.parse(gunzipSync(encoded.data).toString('utf8'))),
    ).toEqual(full);

    const unchanged = deltaReport(inventory, inventory.hashes);
    expect(JSON.stringify(unchanged).length).toBeLessThan(COMPRESS_REPORTS_OVER_BYTES);
    expect(encodeReport(unchanged)).toBe(unchanged);
  });
});
