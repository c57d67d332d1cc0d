import { sniffScreenshotType } from './screenshot-type.ts';

/** Pixel size of an image, as its header states it. */
export type ImageSize = { width: number; height: number };

/** PNG: width and height are the first fields of IHDR, right after the 8-byte signature. */
const PNG_CHUNK_TYPE_OFFSET = 12;
const PNG_WIDTH_OFFSET = 16;
const PNG_HEIGHT_OFFSET = 20;

/** WebP: the first chunk's four-letter type follows `RIFF….WEBP`; its data starts 8 bytes later. */
const WEBP_CHUNK_TYPE_OFFSET = 12;
const WEBP_CHUNK_DATA_OFFSET = 20;
/** Lossy (VP8): a 3-byte frame tag, the start code 9d 01 2a, then 14-bit width and height. */
const VP8_START_CODE = [0x9d, 0x01, 0x2a];
const VP8_14_BITS = 0x3fff;
/** Lossless (VP8L): a 0x2f signature byte, then width − 1 and height − 1 in 14 bits each. */
const VP8L_SIGNATURE = 0x2f;

/** JPEG start-of-frame markers (SOF0–SOF15) carry the size; C4, C8 and CC share the range. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Markers without a length field: TEM, RST0–7, SOI, EOI. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);

/** Start of scan: entropy-coded data follows, so a frame header must have come before it. */
const START_OF_SCAN = 0xda;

const byteAt = (bytes: Uint8Array, at: number) => bytes[at] ?? 0;
const u16be = (bytes: Uint8Array, at: number) => (byteAt(bytes, at) << 8) | byteAt(bytes, at + 1);
const u32be = (bytes: Uint8Array, at: number) => u16be(bytes, at) * 0x10000 + u16be(bytes, at + 2);
const u16le = (bytes: Uint8Array, at: number) => byteAt(bytes, at) | (byteAt(bytes, at + 1) << 8);
const u24le = (bytes: Uint8Array, at: number) => u16le(bytes, at) + byteAt(bytes, at + 2) * 0x10000;
const u32le = (bytes: Uint8Array, at: number) => u16le(bytes, at) + u16le(bytes, at + 2) * 0x10000;
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/**
 * The pixel size of a PNG, JPEG or WebP image, read from its header without decoding anything;
 * null when the header is missing, truncated or states no size.
 */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  switch (sniffScreenshotType(bytes)) {
    case 'image/png':
      return positive(pngSize(bytes));
    case 'image/jpeg':
      return positive(jpegSize(bytes));
    case 'image/webp':
      return positive(webpSize(bytes));
    default:
      return null;
  }
}

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < PNG_HEIGHT_OFFSET + 4) return null;
  if (ascii(bytes, PNG_CHUNK_TYPE_OFFSET, 4) !== 'IHDR') return null;
  return { width: u32be(bytes, PNG_WIDTH_OFFSET), height: u32be(bytes, PNG_HEIGHT_OFFSET) };
}

function jpegSize(bytes: Uint8Array): ImageSize | null {
  let at = 2; // past SOI
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = byteAt(bytes, at + 1);
    if (marker === 0xff) {
      at += 1; // a fill byte before the marker
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    if (marker === START_OF_SCAN || at + 4 > bytes.length) return null;
    if (isStartOfFrame(marker)) {
      // Length (2), sample precision (1), then the number of lines and samples per line.
      if (at + 9 > bytes.length) return null;
      return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    }
    at += 2 + u16be(bytes, at + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array): ImageSize | null {
  const data = WEBP_CHUNK_DATA_OFFSET;
  switch (ascii(bytes, WEBP_CHUNK_TYPE_OFFSET, 4)) {
    case 'VP8 ': {
      if (bytes.length < data + 10) return null;
      if (!VP8_START_CODE.every((b, i) => bytes[data + 3 + i] === b)) return null;
      return {
        width: u16le(bytes, data + 6) & VP8_14_BITS,
        height: u16le(bytes, data + 8) & VP8_14_BITS,
      };
    }
    case 'VP8L': {
      if (bytes.length < data + 5 || bytes[data] !== VP8L_SIGNATURE) return null;
      const bits = u32le(bytes, data + 1);
      return { width: (bits & VP8_14_BITS) + 1, height: ((bits >>> 14) & VP8_14_BITS) + 1 };
    }
    case 'VP8X': {
      // Flags (1) and reserved (3), then the canvas width − 1 and height − 1 in 24 bits each.
      if (bytes.length < data + 10) return null;
      return { width: u24le(bytes, data + 4) + 1, height: u24le(bytes, data + 7) + 1 };
    }
    default:
      return null;
  }
}

/** A zero side means "not stated here" (a JPEG's DNL marker): no size to judge. */
function positive(size: ImageSize | null): ImageSize | null {
  return size && size.width > 0 && size.height > 0 ? size : null;
}
