import type { DisplayFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { meaningful } from '../../../parsers/hardware/placeholders.ts';

// The EDID base block (VESA E-EDID 1.3/1.4): 128 bytes a monitor sends over its cable. Offsets
// below are the standard's.

export const EDID_BLOCK_BYTES = 128;
const HEADER = [0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00];
const MANUFACTURER_OFFSET = 8;
const SERIAL_NUMBER_OFFSET = 12;
/** Four 18-byte descriptors; the first is the preferred timing. */
const DESCRIPTOR_OFFSETS = [54, 72, 90, 108];
const PREFERRED_TIMING_OFFSET = 54;
const DESCRIPTOR_BYTES = 18;
const DESCRIPTOR_TEXT_OFFSET = 5;
const TAG_SERIAL_TEXT = 0xff;
const TAG_MONITOR_NAME = 0xfc;
/** A serial number field of 1,1,1,1 or 0 is what panels carry when they have none. */
const FILLER_SERIAL_NUMBERS = new Set([0, 0x01010101]);

/** Whether the bytes start with a base block whose 128 bytes sum to 0 modulo 256. */
export function isValidEdidBlock(bytes: Uint8Array): boolean {
  if (bytes.length < EDID_BLOCK_BYTES) return false;
  if (HEADER.some((value, index) => bytes[index] !== value)) return false;
  let sum = 0;
  for (let index = 0; index < EDID_BLOCK_BYTES; index++) sum += bytes[index] ?? 0;
  return sum % 256 === 0;
}

/** The three-letter PNP id packed in five-bit letters ("DEL", "SAM", "GSM"). */
export function pnpId(high: number, low: number): string | undefined {
  const packed = (high << 8) | low;
  const letters = [(packed >> 10) & 0x1f, (packed >> 5) & 0x1f, packed & 0x1f];
  if (letters.some((code) => code < 1 || code > 26)) return undefined;
  return String.fromCharCode(...letters.map((code) => code + 64));
}

/** Text of a display descriptor: up to 13 bytes, ended by a line feed, padded with blanks. */
function descriptorText(descriptor: Uint8Array): string | undefined {
  const raw = descriptor.subarray(DESCRIPTOR_TEXT_OFFSET, DESCRIPTOR_BYTES);
  const end = raw.indexOf(0x0a);
  const text = String.fromCharCode(...(end < 0 ? raw : raw.subarray(0, end)));
  // Only printable ASCII is meant to be here; anything else means the field is garbage.
  return /^[\x20-\x7e]*$/.test(text) ? meaningful(text) : undefined;
}

/** Active pixels of a detailed timing descriptor (12 bits each, high nibbles in bytes 4 and 7). */
function timingResolution(descriptor: Uint8Array): { widthPx: number; heightPx: number } {
  const byte = (index: number) => descriptor[index] ?? 0;
  return {
    widthPx: byte(2) | ((byte(4) & 0xf0) << 4),
    heightPx: byte(5) | ((byte(7) & 0xf0) << 4),
  };
}

/**
 * A monitor's maker (PNP id), name, serial and preferred resolution from its EDID; undefined
 * when the bytes are not a valid base block (wrong header, bad checksum, too short).
 */
export function decodeEdid(bytes: Uint8Array): DisplayFacts | undefined {
  if (!isValidEdidBlock(bytes)) return undefined;
  const display: DisplayFacts = {};
  const manufacturer = pnpId(bytes[MANUFACTURER_OFFSET] ?? 0, bytes[MANUFACTURER_OFFSET + 1] ?? 0);
  if (manufacturer !== undefined) display.manufacturer = manufacturer;

  let serialText: string | undefined;
  for (const offset of DESCRIPTOR_OFFSETS) {
    const descriptor = bytes.subarray(offset, offset + DESCRIPTOR_BYTES);
    // A non-zero pixel clock marks a timing; the first slot's timing is the preferred mode.
    const pixelClock = (descriptor[0] ?? 0) | ((descriptor[1] ?? 0) << 8);
    if (pixelClock !== 0) {
      if (offset === PREFERRED_TIMING_OFFSET) {
        const { widthPx, heightPx } = timingResolution(descriptor);
        if (widthPx > 0 && heightPx > 0) Object.assign(display, { widthPx, heightPx });
      }
      continue;
    }
    const tag = descriptor[3];
    if (tag === TAG_MONITOR_NAME) {
      const name = descriptorText(descriptor);
      if (name !== undefined) display.model ??= name;
    } else if (tag === TAG_SERIAL_TEXT) {
      serialText ??= descriptorText(descriptor);
    }
  }

  const serialNumber = new DataView(bytes.buffer, bytes.byteOffset).getUint32(
    SERIAL_NUMBER_OFFSET,
    true,
  );
  // The text serial is what the maker prints on the label; the number is a fallback.
  const serial =
    serialText ?? (FILLER_SERIAL_NUMBERS.has(serialNumber) ? undefined : String(serialNumber));
  if (serial !== undefined) display.serial = serial;
  return display;
}
