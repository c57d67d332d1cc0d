// Test support: small, valid inventories built by hand.
import {
  MAX_SOFTWARE_ITEMS,
  type InventoryReport,
  type InventorySections,
  type SectionHashes,
  type SoftwareItem,
} from '@handraise/shared';
import { jpegHeader, padded } from '../../../../shared/src/testing/image-headers.ts';
import { hashSection } from '../inventory-hash.ts';

export function sampleSections(overrides: Partial<InventorySections> = {}): InventorySections {
  return {
    os: {
      platform: 'linux',
      name: 'Debian GNU/Linux',
      version: '12',
      arch: 'x64',
      hostname: 'lab-pc-01',
    },
    hardware: {
      manufacturer: 'Lenovo',
      model: 'ThinkCentre M70q',
      cpu: { brand: 'Core i5-10400T', cores: 12, physicalCores: 6, speedGHz: 2 },
      memoryBytes: 8 * 1024 ** 3,
      disks: [{ mount: '/', fsType: 'ext4', sizeBytes: 256e9, usedBytes: 100e9 }],
      gpus: [],
      network: [{ name: 'eth0', mac: '00:11:22:33:44:55', ipv4: '10.0.0.5' }],
    },
    software: [
      { name: 'firefox-esr', version: '115.9.1esr-1~deb12u1', source: 'dpkg', arch: 'amd64' },
      { name: 'libreoffice', version: '4:7.4.7-1+deb12u1', source: 'dpkg', arch: 'amd64' },
    ],
    updates: [
      {
        name: 'firefox-esr',
        installedVersion: '115.9.1esr-1~deb12u1',
        availableVersion: '128.3.0esr-1~deb12u1',
        source: 'apt',
        security: true,
      },
    ],
    hotfixes: [],
    ...overrides,
  };
}

/** As many installed packages as one report may carry: the costliest valid report to read. */
export function mostSoftware(): SoftwareItem[] {
  return Array.from({ length: MAX_SOFTWARE_ITEMS }, (_, i) => ({
    name: `package-${i}`,
    version: `1.${i % 97}.${i}-1`,
    source: 'dpkg',
    arch: 'amd64',
  }));
}

export function hashesOf(sections: InventorySections): SectionHashes {
  return {
    os: hashSection(sections.os),
    hardware: hashSection(sections.hardware),
    software: hashSection(sections.software),
    updates: hashSection(sections.updates),
    hotfixes: hashSection(sections.hotfixes),
    // An earlier agent sends no state, and no hash for it.
    ...(sections.state ? { state: hashSection(sections.state) } : {}),
  };
}

export function fullReport(sections = sampleSections()): InventoryReport {
  return {
    kind: 'full',
    collectedAt: new Date().toISOString(),
    hashes: hashesOf(sections),
    sections,
    notes: [],
  };
}

/**
 * A JPEG header stating a 1920×1080 frame, filler, and the end marker: enough for the type, size
 * and byte checks (nothing decodes it). Never smaller than the header.
 */
export function sampleJpeg(bytes = 2048): Buffer {
  const data = Buffer.from(padded(jpegHeader(1920, 1080), bytes));
  data.set([0xff, 0xd9], data.length - 2);
  return data;
}
