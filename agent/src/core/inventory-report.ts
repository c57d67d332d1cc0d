import { createHash } from 'node:crypto';
import type {
  CollectorNote,
  InventoryReport,
  InventorySections,
  SectionHashes,
} from '@handraise/shared';
import type { CollectedInventory } from './inventory.ts';
import { SECTION_ORDER } from './sections.ts';

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

/** What the hub's copy of the collectors' notes is compared by: a hash of them as sent. */
export function notesHash(notes: readonly CollectorNote[]): string {
  return createHash('sha256').update(JSON.stringify(notes)).digest('base64url');
}

/**
 * Only the sections whose hash differs from what the hub last acknowledged, and the notes only
 * when they differ from the ones it acknowledged (`acknowledgedNotes`, their notesHash; none:
 * sent). With nothing changed this is the hashes alone: a few hundred bytes.
 */
export function deltaReport(
  inventory: CollectedInventory,
  acknowledged: SectionHashes,
  acknowledgedNotes?: string | null,
): InventoryReport {
  const sections: Partial<InventorySections> = {};
  for (const name of SECTION_ORDER) {
    if (inventory.hashes[name] !== acknowledged[name])
      Object.assign(sections, { [name]: inventory.sections[name] });
  }
  return {
    kind: 'delta',
    collectedAt: inventory.collectedAt,
    hashes: inventory.hashes,
    sections,
    ...(acknowledgedNotes === notesHash(inventory.notes) ? {} : { notes: inventory.notes }),
  };
}
