// A real PNG image, encoded by hand so the demo, the benchmarks and tests need no image library.
import { crc32, deflateSync } from 'node:zlib';
import { seededRandom } from './random.ts';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGB pixels (`width`×`height`×3 bytes, row after row) as a PNG. */
export function encodeRgbPng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rowBytes = width * 3;
  const filtered = Buffer.alloc(height * (1 + rowBytes)); // filter byte 0 (none) on every row
  for (let y = 0; y < height; y++) {
    filtered.set(rgb.subarray(y * rowBytes, (y + 1) * rowBytes), y * (1 + rowBytes) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An RGB PNG of the given size with a noisy pattern, so it does not compress to nothing. */
export function makePng(width: number, height: number, seed = 1): Buffer {
  const random = seededRandom(seed);
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < rgb.length; i++) rgb[i] = Math.floor(random() * 256);
  return encodeRgbPng(width, height, rgb);
}
