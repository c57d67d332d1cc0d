import { gzipSync } from 'node:zlib';
import {
  SECTION_NAMES,
  type CompressedInventoryReport,
  type InventoryReport,
  type InventorySections,
  type SectionHashes,
} from '@handraise/shared';
import type { CollectedInventory } from './inventory.ts';

/** Every section: for a first report, or when the hub says it is out of step. */
export function fullReport(inventory: CollectedInventory): InventoryReport {
  return {
    kind: 'full',
    collectedAt: inventory.collectedAt,
    hashes: inventory.hashes,
    sections: inventory.sections,
    notes: inventory.notes,
  };
}

/**
 * Only the sections whose hash differs from what the hub last acknowledged. With nothing changed
 * this is the hashes alone: a few hundred bytes.
 */
export function deltaReport(
  inventory: CollectedInventory,
  acknowledged: SectionHashes,
): InventoryReport {
  const sections: Partial<InventorySections> = {};
  for (const name of SECTION_NAMES) {
    if (inventory.hashes[name] !== acknowledged[name])
      Object.assign(sections, { [name]: inventory.sections[name] });
  }
  return {
    kind: 'delta',
    collectedAt: inventory.collectedAt,
    hashes: inventory.hashes,
    sections,
    notes: inventory.notes,
  };
}

/**
 * Reports above this size travel gzip-compressed: a full report shrinks about eightfold, while a
 * check-in with nothing changed (a few hundred bytes) is sent as it is.
 */
export const COMPRESS_REPORTS_OVER_BYTES = 4 * 1024;

/** The report as it goes on the wire: plain when small, gzip-compressed when large. */
export function encodeReport(report: InventoryReport): InventoryReport | CompressedInventoryReport {
  const json = JSON.stringify(report);
  if (Buffer.byteLength(json) <= COMPRESS_REPORTS_OVER_BYTES) return report;
  return { encoding: 'gzip', data: gzipSync(json) };
}
