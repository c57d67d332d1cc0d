import { describe, expect, it } from 'vitest';
import { inventorySectionsSchema } from '@handraise/shared';
import { collectInventory, hashSections } from './inventory.ts';

// Runs every real collector on this Debian machine.
describe('collectInventory on this machine', () => {
  it('produces a complete report the contract accepts', async () => {
    const inventory = await collectInventory();
    // No section failed; the notes left say which hardware or state facts this machine lacks.
    for (const note of inventory.notes) expect(note.collector).toMatch(/^(hardware|state)\/./);
    expect(inventory.sections.state).toBeDefined();
    expect(inventorySectionsSchema.parse(inventory.sections)).toEqual(inventory.sections);
    expect(inventory.sections.os.hostname).not.toBe('');
    expect(inventory.sections.hardware.cpu.cores).toBeGreaterThan(0);
    expect(inventory.sections.software.length).toBeGreaterThan(0);
    expect(inventory.hashes).toEqual(hashSections(inventory.sections));
    expect(Date.parse(inventory.collectedAt)).not.toBeNaN();
  });
});
