// Memory modules name their maker by a JEDEC JEP106 code, and firmware often passes the code on
// as hex instead of a name: "C100000000000000" (continuation form: bank 1, code C1),
// "7F7FFE0000000000" (two 0x7F continuation bytes, so bank 3, code FE) or "80AD000080AD" (the
// SPD's two-byte form: bank count with parity in the first byte, code in the second). dmidecode
// 3.x also prints "Module Manufacturer ID: Bank 4, Hex 0x25". The makers below are the ones found
// in school and office computers; any other code is passed on as written.

/** Makers by bank (1-based) and the code's low seven bits (the eighth is odd parity). */
const MAKERS: ReadonlyMap<string, string> = new Map([
  ['1:1', 'AMD'],
  ['1:9', 'Intel'],
  ['1:44', 'Micron'],
  ['1:45', 'SK Hynix'],
  ['1:65', 'Infineon'],
  ['1:78', 'Samsung'],
  ['2:20', 'Smart Modular'],
  ['2:24', 'Kingston'],
  ['2:79', 'Transcend'],
  ['2:122', 'Apacer'],
  ['3:30', 'Corsair'],
  ['3:126', 'Elpida'],
  ['4:11', 'Nanya'],
  ['4:37', 'Kingmax'],
  ['5:67', 'Ramaxel'],
  ['5:75', 'A-DATA'],
  ['5:77', 'G.Skill'],
  ['5:111', 'Team Group'],
  ['6:2', 'Patriot'],
  ['6:27', 'Crucial'],
  ['6:81', 'Qimonda'],
]);

const CONTINUATION = 0x7f;
const CONTINUATION_FORM_BYTES = 8;
const CODE_BITS = 0x7f;
/** JEP106 has 16 banks at most in practice; a larger first byte is a code, not a bank count. */
const MAX_BANK_COUNT = 16;
const HEX_CODE = /^(?:[0-9a-f]{2})+$/i;
const BANK_AND_HEX = /^Bank\s+(\d+),\s*Hex\s+0x([0-9a-f]{2})$/i;

const hasOddParity = (byte: number): boolean => {
  let ones = 0;
  for (let bits = byte; bits > 0; bits >>= 1) ones += bits & 1;
  return ones % 2 === 1;
};

const maker = (bank: number, code: number): string | undefined =>
  MAKERS.get(`${bank}:${code & CODE_BITS}`);

function fromContinuationForm(bytes: number[]): string | undefined {
  let bank = 1;
  for (const byte of bytes) {
    if (byte === CONTINUATION) bank += 1;
    else return byte !== 0 && hasOddParity(byte) ? maker(bank, byte) : undefined;
  }
  return undefined;
}

function fromTwoByteForm(bytes: number[]): string | undefined {
  const [count, code] = bytes;
  if (count === undefined || code === undefined) return undefined;
  if ((count & CODE_BITS) >= MAX_BANK_COUNT || code === 0 || !hasOddParity(code)) return undefined;
  return maker((count & CODE_BITS) + 1, code);
}

/** The maker named by a hex JEDEC code ("80AD000080AD" → "SK Hynix"); undefined when unknown. */
export function jedecMakerFromHex(text: string): string | undefined {
  if (!HEX_CODE.test(text)) return undefined;
  const bytes = (text.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16));
  // Firmware pads the continuation form to eight bytes; the two-byte form comes alone or as
  // module maker, product id and chip maker (six bytes).
  if (bytes.length === CONTINUATION_FORM_BYTES) return fromContinuationForm(bytes);
  return fromTwoByteForm(bytes) ?? fromContinuationForm(bytes);
}

/** The maker of dmidecode's "Bank 4, Hex 0x25" line; undefined when unknown. */
export function jedecMakerFromBankLine(text: string | undefined): string | undefined {
  const match = BANK_AND_HEX.exec(text?.trim() ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return maker(Number(match[1]), Number.parseInt(match[2], 16));
}
