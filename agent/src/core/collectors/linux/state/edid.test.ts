import { describe, expect, it } from 'vitest';
import { decodeEdid, EDID_BLOCK_BYTES, isValidEdidBlock, pnpId } from './edid.ts';

/** An 18-byte display descriptor carrying text (tag 0xFC name, 0xFF serial). */
function textDescriptor(tag: number, text: string): number[] {
  const body = [...text].map((character) => character.charCodeAt(0));
  if (body.length < 13) body.push(0x0a);
  while (body.length < 13) body.push(0x20);
  return [0, 0, 0, tag, 0, ...body];
}

/**
 * A made-up 24-inch monitor, byte by byte: maker "HRS", product 0x1234, serial number 12345678,
 * week 10 of 2024, EDID 1.4, preferred mode 1920×1080 at 60 Hz, a name and a text serial.
 * (edid-decode reads these bytes the same way: HRS, 1920x1080 60 Hz, 'Handraise 24', 'HR24-000731'.)
 */
function handMadeEdid(
  options: { nameDescriptor?: boolean; serialDescriptor?: boolean; serialNumber?: number } = {},
): Uint8Array {
  const bytes = new Uint8Array(EDID_BLOCK_BYTES);
  bytes.set([0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00], 0);
  // "HRS": H=8, R=18, S=19 in five bits each → 0b0_01000_10010_10011 = 0x2253.
  bytes.set([0x22, 0x53], 8);
  bytes.set([0x34, 0x12], 10);
  new DataView(bytes.buffer).setUint32(12, options.serialNumber ?? 12_345_678, true);
  bytes.set([10, 2024 - 1990, 1, 4], 16);
  // 1920×1080: pixel clock 148.50 MHz (14850 × 10 kHz), 1920 = 0x780 active + 280 = 0x118 blank
  // horizontally, 1080 = 0x438 active + 45 = 0x2D blank vertically.
  bytes.set([0x02, 0x3a, 0x80, 0x18, 0x71, 0x38, 0x2d, 0x40], 54);
  bytes.set(
    options.nameDescriptor === false
      ? textDescriptor(0x10, '')
      : textDescriptor(0xfc, 'Handraise 24'),
    72,
  );
  bytes.set(
    options.serialDescriptor === false
      ? textDescriptor(0x10, '')
      : textDescriptor(0xff, 'HR24-000731'),
    90,
  );
  bytes.set(textDescriptor(0xfd, ''), 108);
  const sum = bytes.subarray(0, 127).reduce((total, value) => total + value, 0);
  bytes[127] = (256 - (sum % 256)) % 256;
  return bytes;
}

describe('decodeEdid', () => {
  it('checks the header and checksum of the hand-made block', () => {
    const edid = handMadeEdid();
    expect(edid.reduce((total, value) => total + value, 0) % 256).toBe(0);
    expect(isValidEdidBlock(edid)).toBe(true);
  });

  it('reads maker, name, printed serial and preferred resolution', () => {
    expect(decodeEdid(handMadeEdid())).toEqual({
      manufacturer: 'HRS',
      model: 'Handraise 24',
      serial: 'HR24-000731',
      widthPx: 1920,
      heightPx: 1080,
    });
  });

  it('falls back to the serial number field, unless it is the all-ones filler', () => {
    expect(decodeEdid(handMadeEdid({ serialDescriptor: false }))?.serial).toBe('12345678');
    const filler = decodeEdid(
      handMadeEdid({ serialDescriptor: false, nameDescriptor: false, serialNumber: 0x01010101 }),
    );
    expect(filler).toEqual({ manufacturer: 'HRS', widthPx: 1920, heightPx: 1080 });
  });

  it('reads extension blocks past the first 128 bytes as nothing more', () => {
    const withExtension = new Uint8Array(2 * EDID_BLOCK_BYTES);
    withExtension.set(handMadeEdid(), 0);
    withExtension[EDID_BLOCK_BYTES] = 0x02;
    expect(decodeEdid(withExtension)?.model).toBe('Handraise 24');
  });

  it('refuses a bad checksum, a wrong header or a short block', () => {
    const corrupted = handMadeEdid();
    corrupted[60] = (corrupted[60] ?? 0) ^ 0x01;
    expect(decodeEdid(corrupted)).toBeUndefined();
    const noHeader = handMadeEdid();
    noHeader[0] = 0x01;
    expect(decodeEdid(noHeader)).toBeUndefined();
    expect(decodeEdid(handMadeEdid().subarray(0, 100))).toBeUndefined();
    expect(decodeEdid(new Uint8Array())).toBeUndefined();
  });
});

describe('pnpId', () => {
  it('unpacks the three five-bit letters', () => {
    expect(pnpId(0x10, 0xac)).toBe('DEL');
    expect(pnpId(0x22, 0x53)).toBe('HRS');
    expect(pnpId(0x00, 0x00)).toBeUndefined();
  });
});
