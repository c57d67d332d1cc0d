import { describe, expect, it } from 'vitest';
import { dmiField, splitDmiBlocks } from './dmidecode-blocks.ts';

const CURRENT = [
  '# dmidecode 3.3',
  'SMBIOS 3.2 present.',
  '',
  'Handle 0x0000, DMI type 0, 26 bytes',
  'BIOS Information',
  '\tVendor: LENOVO',
  '\tCharacteristics:',
  '\t\tPCI is supported',
  '\t\tBIOS is upgradeable',
  '\tRelease Date: 03/05/2021   ',
  '',
  'Handle 0x0001, DMI type 1, 27 bytes',
  'System Information',
  '\tManufacturer: LENOVO',
  '\tDescription: a value: with a colon',
  '',
].join('\n');

describe('splitDmiBlocks', () => {
  it('reads handle, type, title, fields and nested lists of the current layout', () => {
    const [bios, system] = splitDmiBlocks(CURRENT);
    expect(bios).toMatchObject({ handle: '0x0000', type: 0, title: 'BIOS Information' });
    expect(Object.fromEntries(bios?.fields ?? [])).toEqual({
      Vendor: 'LENOVO',
      Characteristics: '',
      'Release Date': '03/05/2021',
    });
    expect(bios?.lists.get('Characteristics')).toEqual(['PCI is supported', 'BIOS is upgradeable']);
    expect(dmiField(system, 'Description')).toBe('a value: with a colon');
  });

  it('reads CRLF line ends and four-space indents alike', () => {
    const crlf = splitDmiBlocks(CURRENT.replace(/\n/g, '\r\n'));
    const spaces = splitDmiBlocks(CURRENT.replace(/\t/g, '    '));
    for (const blocks of [crlf, spaces]) {
      expect(blocks).toHaveLength(2);
      expect(dmiField(blocks[0], 'Release Date')).toBe('03/05/2021');
      expect(blocks[0]?.lists.get('Characteristics')).toHaveLength(2);
    }
  });

  it('reads the old layout, where the type sits on its own line under the handle', () => {
    const old = [
      'SMBIOS 2.4 present.',
      'Handle 0x0001',
      '\tDMI type 1, 27 bytes.',
      '\tSystem Information Block',
      '\t\tVendor: VMware, Inc.',
      '\t\tProduct: VMware Virtual Platform',
      'Handle 0x0002',
      '        DMI type 126, 7 bytes.',
      '        Inactive',
    ].join('\n');
    const [system, inactive] = splitDmiBlocks(old);
    expect(system).toMatchObject({ type: 1, title: 'System Information Block' });
    expect(dmiField(system, 'Product Name', 'Product')).toBe('VMware Virtual Platform');
    expect(inactive).toMatchObject({ type: 126, title: 'Inactive' });
  });

  it('keeps the first value of a repeated key and skips a handle without a type', () => {
    const blocks = splitDmiBlocks(
      [
        'Handle 0x0009',
        'Handle 0x000A, DMI type 10, 8 bytes',
        'On Board Devices',
        '\tType: Video',
        '\tType: Sound',
      ].join('\n'),
    );
    expect(blocks).toHaveLength(1);
    expect(dmiField(blocks[0], 'Type')).toBe('Video');
  });

  it('gives nothing for text without handles', () => {
    expect(splitDmiBlocks('')).toEqual([]);
    expect(splitDmiBlocks('# No SMBIOS nor DMI entry point found, sorry.')).toEqual([]);
  });
});
