import { describe, expect, it } from 'vitest';
import { collectLinuxFacts } from './linux-details.ts';

describe('collectLinuxFacts', () => {
  it('puts the readers’ facts in place and each note with the section it concerns', async () => {
    const facts = await collectLinuxFacts({
      state: async () => ({
        state: { bootTime: '2026-03-01T07:55:00.000Z' },
        disks: [{ name: 'sda', kind: 'ssd', health: 'unknown' }],
        encryption: [],
        notes: [
          { collector: 'displays', error: 'no monitor connected' },
          { collector: 'printers', error: 'lpstat is not installed' },
          { collector: 'batteries', error: 'no battery' },
          { collector: 'disk-health', error: 'needs smartctl and root; not read' },
          { collector: 'wifi-ssid', error: 'no wireless interface' },
          { collector: 'gateways', error: 'no default route' },
        ],
      }),
      dmi: async () => ({
        identity: { chassis: 'desktop' },
        notes: [{ collector: 'asset-tag', error: 'no asset tag set in the firmware' }],
      }),
      memory: async () => ({
        notes: [{ collector: 'memory-modules', error: 'dmidecode needs root' }],
      }),
    });
    expect(facts).toEqual({
      identity: { chassis: 'desktop' },
      state: { bootTime: '2026-03-01T07:55:00.000Z' },
      disks: [{ name: 'sda', kind: 'ssd', health: 'unknown' }],
      encryption: [],
      hardwareNotes: [
        { collector: 'asset-tag', error: 'no asset tag set in the firmware' },
        { collector: 'memory-modules', error: 'dmidecode needs root' },
        { collector: 'displays', error: 'no monitor connected' },
        { collector: 'printers', error: 'lpstat is not installed' },
        { collector: 'batteries', error: 'no battery' },
        { collector: 'disk-health', error: 'needs smartctl and root; not read' },
      ],
      stateNotes: [
        { collector: 'wifi-ssid', error: 'no wireless interface' },
        { collector: 'gateways', error: 'no default route' },
      ],
    });
  });

  it('keeps the memory modules dmidecode found', async () => {
    const memory = { slots: 2, modules: [{ sizeBytes: 2 ** 33 }] };
    const facts = await collectLinuxFacts({
      state: async () => ({ state: {}, notes: [] }),
      dmi: async () => ({ identity: {}, notes: [] }),
      memory: async () => ({ memory, notes: [] }),
    });
    expect(facts.memory).toEqual(memory);
  });
});
