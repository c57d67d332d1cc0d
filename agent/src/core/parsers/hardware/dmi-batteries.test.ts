import { describe, expect, it } from 'vitest';
import { parseDmidecode } from './dmidecode.ts';
import { dmiOutput as output, dmiStructure as structure } from './testing/dmi-text.ts';

const battery = (fields: Record<string, string>) => structure(22, 'Portable Battery', fields);

describe('parseDmidecode batteries', () => {
  it('multiplies the design capacity and prefers plain fields over SBDS ones', () => {
    const facts = parseDmidecode(
      output(
        battery({
          Name: 'Pack',
          Manufacturer: 'LGC',
          'Serial Number': '1234',
          'SBDS Serial Number': '0ABC',
          'Design Capacity': '50000 mWh',
          'Design Capacity Multiplier': '2',
          Chemistry: 'Lithium Polymer',
          'Manufacture Date': '2020-02-29',
        }),
      ),
    );
    expect(facts.batteries).toEqual([
      {
        name: 'Pack',
        manufacturer: 'LGC',
        serial: '1234',
        chemistry: 'Lithium Polymer',
        designCapacityMWh: 100_000,
        manufactureDate: '2020-02-29',
      },
    ]);
  });

  it('reads SBDS fields when the plain ones are blank, and 0 mWh as unknown', () => {
    const facts = parseDmidecode(
      output(
        battery({
          Name: 'DELL XYZ',
          Manufacturer: '',
          'SBDS Manufacturer': 'Sanyo',
          'Design Capacity': '0 mWh',
          'SBDS Chemistry': 'NiMH',
          'SBDS Manufacture Date': '2009-11-02',
        }),
      ),
    );
    expect(facts.batteries).toEqual([
      {
        name: 'DELL XYZ',
        manufacturer: 'Sanyo',
        chemistry: 'Nickel Metal Hydride',
        manufactureDate: '2009-11-02',
      },
    ]);
  });
});
