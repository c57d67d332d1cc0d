import type { AgentCost } from '@handraise/shared';
import { describe, expect, it } from 'vitest';
import { collectInventory } from '../src/core/inventory.ts';
import { deltaReport, fullReport, notesHash } from '../src/core/inventory-report.ts';
import { encodeReport } from '../src/core/report-encoding.ts';
import { SOCKET_IO_PREFIX_BYTES, handraiseWire, socketIoEventBytes } from './wire-bytes.ts';

describe('socketIoEventBytes', () => {
  it('counts the UTF-8 bytes of the encoded packet: type, namespace, ack id and the event array', () => {
    const json = JSON.stringify(['inventory:report', { name: 'élève' }]);
    expect(socketIoEventBytes('inventory:report', { name: 'élève' })).toBe(
      SOCKET_IO_PREFIX_BYTES + Buffer.byteLength(`2/agent,1${json}`),
    );
  });

  it('counts binary attachments, as a compressed report sends them', () => {
    const data = Buffer.alloc(1000, 7);
    const bytes = socketIoEventBytes('inventory:report', { encoding: 'gzip', data });
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(1100);
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
    expect(wire.fullWireBytes).toBe(
      socketIoEventBytes('inventory:report', encodeReport(fullReport(inventory))),
    );
    expect(wire.documentBytes).toBe(Buffer.byteLength(JSON.stringify(fullReport(inventory))));
    const unchanged = deltaReport(inventory, inventory.hashes, notesHash(inventory.notes));
    expect(unchanged.sections).toEqual({});
    expect(unchanged).not.toHaveProperty('notes');
    expect(wire.unchangedWireBytes).toBe(socketIoEventBytes('inventory:report', unchanged));
    expect(wire.unchangedWireBytes).toBeLessThan(wire.fullWireBytes);
    expect(wire.costWireBytes).toBe(0);
  });

  it("counts the agent's cost in every check-in, and says what it adds", async () => {
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
    const cost: AgentCost = {
      since: '2026-12-06T16:00:00.000Z',
      periodMs: 3_600_000,
      cpuMs: 412.5,
      toolsCpuMs: 730,
      peakRssBytes: 61_000_000,
      reconnects: 0,
      sections: { os: 12, hardware: 180, software: 95, updates: 820, hotfixes: 0, state: 140 },
      runtime: 'service',
    };
    const without = handraiseWire(inventory);
    const wire = handraiseWire(inventory, cost);
    // The small unchanged check-in travels as JSON: the cost adds exactly its own member.
    expect(wire.costWireBytes).toBe(Buffer.byteLength(`,"cost":${JSON.stringify(cost)}`));
    expect(wire.unchangedWireBytes).toBe(without.unchangedWireBytes + wire.costWireBytes);
    expect(wire.documentBytes).toBe(without.documentBytes + wire.costWireBytes);
  });
});
