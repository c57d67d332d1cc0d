import { describe, expect, it } from 'vitest';
import { collectInventory } from '../src/core/inventory.ts';
import { deltaReport, fullReport } from '../src/core/inventory-report.ts';
import { SOCKET_IO_PREFIX_BYTES, handraiseWire, socketIoEventBytes } from './wire-bytes.ts';

describe('socketIoEventBytes', () => {
  it('counts UTF-8 bytes of the event array plus the prefix allowance', () => {
    const json = JSON.stringify(['inventory:report', { name: 'élève' }]);
    expect(socketIoEventBytes('inventory:report', { name: 'élève' })).toBe(
      json.length + 2 + SOCKET_IO_PREFIX_BYTES,
    );
  });
});

describe('handraiseWire', () => {
  it('sends the whole report in full and only the hashes when nothing changed', async () => {
    const none = async () => [];
    const inventory = await collectInventory({
      collectors: {
        os: async () => Promise.reject(new Error('no os here')),
        hardware: async () => Promise.reject(new Error('no hardware here')),
        software: none,
        updates: none,
        hotfixes: none,
      },
    });
    const wire = handraiseWire(inventory);
    expect(wire.fullWireBytes).toBe(socketIoEventBytes('inventory:report', fullReport(inventory)));
    expect(wire.documentBytes).toBe(Buffer.byteLength(JSON.stringify(fullReport(inventory))));
    const unchanged = deltaReport(inventory, inventory.hashes);
    expect(unchanged.sections).toEqual({});
    expect(wire.unchangedWireBytes).toBe(socketIoEventBytes('inventory:report', unchanged));
    expect(wire.unchangedWireBytes).toBeLessThan(wire.fullWireBytes);
  });
});
