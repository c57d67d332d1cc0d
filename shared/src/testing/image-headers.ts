// Test support: image headers made by hand, a few bytes each, that state any size. Nothing after
// the header decodes; they are for size and type checks, which read no further.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A PNG signature and IHDR chunk (8-bit RGBA; the CRC is not checked by size readers). */
export function pngHeader(width: number, height: number, chunkType = 'IHDR'): Uint8Array {
  const ihdr = [...be32(width), ...be32(height), 8, 6, 0, 0, 0];
  return new Uint8Array([
    ...PNG_SIGNATURE,
    ...be32(ihdr.length),
    ...ascii(chunkType),
    ...ihdr,
    ...be32(0),
  ]);
}

/**
 * SOI, a JFIF APP0 segment, a quantization-table stub, a frame header (SOF0 unless another SOFn
 * marker is given), then the start of a scan.
 */
export function jpegHeader(width: number, height: number, sofMarker = 0xc0): Uint8Array {
  const app0 = [
    0xff,
    0xe0,
    ...be16(16),
    ...ascii('JFIF'),
    0,
    1,
    1,
    0,
    ...be16(1),
    ...be16(1),
    0,
    0,
  ];
  const dqt = [0xff, 0xdb, ...be16(4), 0, 0];
  const sof = [0xff, sofMarker, ...be16(11), 8, ...be16(height), ...be16(width), 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, ...be16(2)];
  return new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...sof, ...sos]);
}

function webp(chunkType: string, data: number[]): Uint8Array {
  const chunk = [...ascii(chunkType), ...le32(data.length), ...data];
  return new Uint8Array([...ascii('RIFF'), ...le32(4 + chunk.length), ...ascii('WEBP'), ...chunk]);
}

/** A lossy WebP's VP8 frame header: a key-frame tag, the start code, 14-bit width and height. */
export const webpLossyHeader = (width: number, height: number) =>
  webp('VP8 ', [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height)]);

/** A lossless WebP's VP8L header: the signature, then width − 1 and height − 1 in 14 bits each. */
export const webpLosslessHeader = (width: number, height: number) =>
  webp('VP8L', [0x2f, ...le32(((width - 1) | ((height - 1) << 14)) >>> 0)]);

/** An extended WebP's VP8X header: flags, then canvas width − 1 and height − 1 in 24 bits each. */
export const webpExtendedHeader = (width: number, height: number) =>
  webp('VP8X', [0x10, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);

/** Any header followed by filler up to `bytes` in all (an image of a given file size). */
export function padded(header: Uint8Array, bytes: number): Uint8Array {
  const image = new Uint8Array(Math.max(bytes, header.length)).fill(0x5a);
  image.set(header, 0);
  return image;
}
