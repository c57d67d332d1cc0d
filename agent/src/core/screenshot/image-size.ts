import { sniffScreenshotType } from '@handraise/shared';

export type ImageSize = { width: number; height: number };

/** PNG: width and height are the first fields of IHDR, right after the 8-byte signature. */
const PNG_WIDTH_OFFSET = 16;
const PNG_HEIGHT_OFFSET = 20;

/** JPEG start-of-frame markers (SOF0–SOF15) carry the size; C4, C8 and CC share the range. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Markers without a length field: TEM, RST0–7, SOI, EOI. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);

const u16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);

/** The pixel size of a PNG or JPEG from its header, without decoding; null if unreadable. */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  const type = sniffScreenshotType(bytes);
  if (type === 'image/png') return validSize(pngSize(bytes));
  if (type === 'image/jpeg') return validSize(jpegSize(bytes));
  return null;
}

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < PNG_HEIGHT_OFFSET + 4) return null;
  return { width: u32(bytes, PNG_WIDTH_OFFSET), height: u32(bytes, PNG_HEIGHT_OFFSET) };
}

function jpegSize(bytes: Uint8Array): ImageSize | null {
  let at = 2; // past SOI
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    // SOS starts entropy-coded data; a frame header must have come before it.
    if (marker === 0xda || at + 4 > bytes.length) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}

function validSize(size: ImageSize | null): ImageSize | null {
  return size && size.width > 0 && size.height > 0 ? size : null;
}
