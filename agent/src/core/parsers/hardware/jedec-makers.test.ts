import { describe, expect, it } from 'vitest';
import { jedecMakerFromBankLine, jedecMakerFromHex } from './jedec-makers.ts';

describe('jedecMakerFromHex', () => {
  it.each([
    ['C100000000000000', 'Infineon'],
    ['CE00000000000000', 'Samsung'],
    ['2C00000000000000', 'Micron'],
    ['7F7FFE0000000000', 'Elpida'],
    ['7F98000000000000', 'Kingston'],
    ['80AD000080AD', 'SK Hynix'],
    ['00AD00B300AD', 'SK Hynix'],
    ['832500008325', 'Kingmax'],
    ['80CE', 'Samsung'],
    ['0198', 'Kingston'],
    ['CE00', 'Samsung'],
  ])('names %s as %s', (code, maker) => {
    expect(jedecMakerFromHex(code)).toBe(maker);
  });

  it.each(['000000000000', '0000000000000000', 'Nanya', 'ABC', '7F7F7F7F7F7F7F7F', '80FF'])(
    'names no maker for %j',
    (code) => {
      expect(jedecMakerFromHex(code)).toBeUndefined();
    },
  );
});

describe('jedecMakerFromBankLine', () => {
  it('reads dmidecode 3.x "Bank N, Hex 0xXX"', () => {
    expect(jedecMakerFromBankLine('Bank 1, Hex 0xAD')).toBe('SK Hynix');
    expect(jedecMakerFromBankLine('Bank 4, Hex 0x25')).toBe('Kingmax');
    expect(jedecMakerFromBankLine('Bank 2, Hex 0x98')).toBe('Kingston');
    expect(jedecMakerFromBankLine('Unknown')).toBeUndefined();
    expect(jedecMakerFromBankLine(undefined)).toBeUndefined();
  });
});
