import { describe, expect, it } from 'vitest';
import { parseDmidecode } from './dmidecode.ts';
import { dmiOutput as output, dmiStructure as structure } from './testing/dmi-text.ts';

describe('parseDmidecode processor', () => {
  it('adds up cores over fitted sockets and ignores empty ones', () => {
    const socket = (status: string) =>
      structure(4, 'Processor Information', {
        Version: 'Intel(R) Xeon(R) CPU   E5-2650 0 @ 2.00GHz  ',
        Status: status,
        'Core Count': '8',
        'Thread Count': '16',
      });
    const facts = parseDmidecode(
      output(socket('Populated, Enabled'), socket('Populated, Idle'), socket('Unpopulated')),
    );
    expect(facts.cpu).toEqual({
      brand: 'Intel(R) Xeon(R) CPU E5-2650 0 @ 2.00GHz',
      cores: 32,
      physicalCores: 16,
    });
  });

  it('counts a socket of the old layout when it names a processor', () => {
    const text = [
      'Handle 0x0004',
      '\tDMI type 4, 35 bytes.',
      '\tProcessor',
      '\t\tProcessor Manufacturer: GenuineIntel',
      '\t\tProcessor Version: Pentium(R) III',
      'Handle 0x0005',
      '\tDMI type 4, 35 bytes.',
      '\tProcessor',
      '\t\tProcessor Manufacturer: 000000000000',
      '\t\tProcessor Version: 00000000000000000000000000000000',
    ].join('\n');
    expect(parseDmidecode(text).cpu).toEqual({ brand: 'Pentium(R) III' });
  });

  it('leaves counts out when a fitted socket does not state them', () => {
    const facts = parseDmidecode(
      output(
        structure(4, 'Processor Information', { Status: 'Populated, Enabled', 'Core Count': '4' }),
        structure(4, 'Processor Information', { Status: 'Populated, Enabled' }),
      ),
    );
    expect(facts.cpu).toBeUndefined();
  });
});
