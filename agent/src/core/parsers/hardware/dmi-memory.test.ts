import { describe, expect, it } from 'vitest';
import { parseDmidecode } from './dmidecode.ts';
import { dmiOutput as output, dmiStructure as structure } from './testing/dmi-text.ts';

const GiB = 2 ** 30;

describe('parseDmidecode memory', () => {
  const device = (fields: Record<string, string>) => structure(17, 'Memory Device', fields);

  it('skips empty slots but counts them, and adds up the system-memory arrays', () => {
    const facts = parseDmidecode(
      output(
        structure(16, 'Physical Memory Array', { Use: 'System Memory', 'Number Of Devices': '2' }),
        structure(16, 'Physical Memory Array', { Use: 'Flash Memory', 'Number Of Devices': '1' }),
        device({
          Size: '8 GB',
          Locator: 'DIMM A',
          Type: 'DDR4',
          Speed: '2667 MT/s',
          Manufacturer: 'Samsung',
        }),
        device({
          Size: 'No Module Installed',
          Locator: 'DIMM B',
          Type: 'Unknown',
          Manufacturer: 'Manufacturer01',
        }),
      ),
    );
    expect(facts.memory).toEqual({
      totalBytes: 8 * GiB,
      slots: 2,
      modules: [
        {
          slot: 'DIMM A',
          sizeBytes: 8 * GiB,
          type: 'DDR4',
          speedMTs: 2667,
          manufacturer: 'Samsung',
        },
      ],
    });
  });

  it('falls back to type 6 modules when type 17 structures carry no fields', () => {
    const text = [
      'Handle 0x0001',
      '\tDMI type 6, 12 bytes.',
      '\tMemory Bank',
      '\t\tSocket: RAM socket #0',
      '\t\tType: Burst EDO DIMM ',
      '\t\tInstalled Size: 256Mbyte',
      'Handle 0x0002',
      '\tDMI type 6, 12 bytes.',
      '\tMemory Bank',
      '\t\tSocket: RAM socket #1',
      '\t\tInstalled Size: Not Installed',
      'Handle 0x0003',
      '\tDMI type 17, 27 bytes.',
      '\tMemory Device',
    ].join('\n');
    expect(parseDmidecode(text).memory).toEqual({
      totalBytes: 256 * 2 ** 20,
      slots: 2,
      modules: [{ slot: 'RAM socket #0', sizeBytes: 256 * 2 ** 20, type: 'Burst EDO' }],
    });
  });

  it('names makers from JEDEC codes and trims part-number padding', () => {
    const facts = parseDmidecode(
      output(
        device({
          Size: '4096 MB',
          Manufacturer: '7F98000000000000',
          'Part Number': '9905471-001.A00LF    ',
        }),
        device({
          Size: '4096 MB',
          Manufacturer: 'Unknown',
          'Module Manufacturer ID': 'Bank 6, Hex 0x9B',
        }),
      ),
    );
    expect(facts.memory?.modules.map((module) => module.manufacturer)).toEqual([
      'Kingston',
      'Crucial',
    ]);
    expect(facts.memory?.modules[0]?.partNumber).toBe('9905471-001.A00LF');
  });
});
