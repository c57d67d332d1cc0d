import { describe, expect, it } from 'vitest';
import { DMIDECODE_PARSE_SOURCES, parseDmidecode } from './dmidecode.ts';
import { dmiOutput as output, dmiStructure as structure } from './testing/dmi-text.ts';

const system = (fields: Record<string, string>) => structure(1, 'System Information', fields);
const chassis = (type: string, fields: Record<string, string> = {}) =>
  structure(3, 'Chassis Information', { Manufacturer: 'Acme', Type: type, ...fields });

describe('parseDmidecode identity', () => {
  it('reads maker, model, SKU, serial, UUID and asset tag; only the first system structure counts', () => {
    const facts = parseDmidecode(
      output(
        system({
          Manufacturer: 'HP',
          'Product Name': 'EliteBook 840 G5',
          'Serial Number': '5CG8123XYZ',
          UUID: '4c4c4544-0042-3510-8051-b4c04f4e3732',
          'SKU Number': '3JX66EA#ABD',
        }),
        system({ Manufacturer: 'Other', 'Product Name': 'Second' }),
        chassis('Notebook', { 'Asset Tag': 'SCH-0042' }),
      ),
    );
    expect(facts.identity).toEqual({
      manufacturer: 'HP',
      model: 'EliteBook 840 G5',
      modelId: '3JX66EA#ABD',
      serial: '5CG8123XYZ',
      uuid: '4c4c4544-0042-3510-8051-b4c04f4e3732',
      assetTag: 'SCH-0042',
      chassis: 'laptop',
    });
  });

  it("takes Lenovo's version field as the model name and its product name as the code", () => {
    const facts = parseDmidecode(
      output(
        system({
          Manufacturer: 'LENOVO',
          'Product Name': '20HRCTO1WW',
          Version: 'ThinkPad X1 Carbon 5th',
        }),
      ),
    );
    expect(facts.identity).toMatchObject({
      model: 'ThinkPad X1 Carbon 5th',
      modelId: '20HRCTO1WW',
    });
  });

  it("reads Dell's keyed SKU and drops it when not provided", () => {
    const sku = (value: string) =>
      parseDmidecode(
        output(
          system({
            Manufacturer: 'Dell Inc.',
            'Product Name': 'OptiPlex 7050',
            'SKU Number': value,
          }),
        ),
      ).identity.modelId;
    expect(sku('SKU=NotProvided;ModelName=OptiPlex 7050')).toBeUndefined();
    expect(sku('SKU=07A1;ModelName=OptiPlex 7050')).toBe('07A1');
    expect(sku('07A1')).toBe('07A1');
  });

  it('falls back to the chassis serial and drops placeholders everywhere', () => {
    const facts = parseDmidecode(
      output(
        system({
          Manufacturer: 'To Be Filled By O.E.M.',
          'Product Name': 'To Be Filled By O.E.M.',
          'Serial Number': 'System Serial Number',
          UUID: '03000200-0400-0500-0006-000700080009',
        }),
        chassis('Desktop', { 'Serial Number': 'CASE-778', 'Asset Tag': 'Default string' }),
      ),
    );
    expect(facts.identity).toEqual({ serial: 'CASE-778', chassis: 'desktop' });
  });

  it('reads the BIOS, with two-digit years and the old "Release:" key', () => {
    const bios = (fields: Record<string, string>) =>
      parseDmidecode(output(structure(0, 'BIOS Information', fields))).identity.firmware;
    expect(bios({ Vendor: 'Award', Version: '4.51 PG', 'Release Date': '02/11/99' })).toEqual({
      vendor: 'Award',
      version: '4.51 PG',
      releaseDate: '1999-02-11',
    });
    expect(bios({ Vendor: 'Phoenix', Release: '12/31/09' })).toEqual({
      vendor: 'Phoenix',
      releaseDate: '2009-12-31',
    });
    expect(bios({ Vendor: 'Not Specified' })).toBeUndefined();
  });

  it.each([
    ['Tower', 'desktop'],
    ['Low Profile Desktop', 'desktop'],
    ['Mini Tower', 'desktop'],
    ['Sub Notebook', 'laptop'],
    ['Convertible', 'laptop'],
    ['Detachable', 'laptop'],
    ['Portable', 'laptop'],
    ['All in One', 'all-in-one'],
    ['Tablet', 'tablet'],
    ['Mini PC', 'mini-pc'],
    ['Space-saving', 'mini-pc'],
    ['Stick PC', 'mini-pc'],
    ['Main Server Chassis', 'server'],
    ['Blade', 'server'],
    ['Docking Station', 'other'],
    ['Other', 'other'],
  ])('reads chassis type %j as %s', (word, kind) => {
    expect(parseDmidecode(output(chassis(word))).identity.chassis).toBe(kind);
  });

  it('gives no chassis for Unknown', () => {
    expect(parseDmidecode(output(chassis('Unknown'))).identity.chassis).toBeUndefined();
  });

  it.each([
    ['QEMU', 'Standard PC (i440FX + PIIX, 1996)'],
    ['Xen', 'HVM domU'],
    ['Red Hat', 'KVM'],
    ['Microsoft Corporation', 'Virtual Machine'],
    ['innotek GmbH', 'VirtualBox'],
  ])('calls %s %s a virtual machine whatever its chassis says', (maker, model) => {
    const facts = parseDmidecode(
      output(system({ Manufacturer: maker, 'Product Name': model }), chassis('Desktop')),
    );
    expect(facts.identity.chassis).toBe('virtual-machine');
  });
});

describe('parseDmidecode on odd input', () => {
  it.each([
    ['empty text', ''],
    [
      'an error message',
      '# dmidecode 3.4\n/sys/firmware/dmi/tables/smbios_entry_point: Permission denied\n',
    ],
    ['a cut-off structure', 'Handle 0x0001, DMI type 1, 27 bytes\nSystem Inf'],
    ['binary noise', '\u0000\u0001Handle\u00ff: :\n\t\t:\n:::'],
  ])('returns no facts, without throwing, for %s', (_name, text) => {
    expect(parseDmidecode(text)).toEqual({ identity: {}, batteries: [] });
  });

  it('is offered as the "dmidecode" parse source, reading UTF-16 files too', () => {
    const text = output(system({ Manufacturer: 'Acer', 'Product Name': 'TravelMate P215' }));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(DMIDECODE_PARSE_SOURCES.dmidecode.describes).toMatch(/dmidecode/);
    expect(DMIDECODE_PARSE_SOURCES.dmidecode.parse(utf16).identity).toEqual({
      manufacturer: 'Acer',
      model: 'TravelMate P215',
    });
  });
});
