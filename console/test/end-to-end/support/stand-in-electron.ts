// A stand-in for the unpacked Electron runtime (Linux layout), for packing tests on machines that
// cannot download the real one. electron-builder copies it as it would copy Electron; its
// executable carries a fuse wire in the shape Electron's does, so fuses are really flipped on it.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker @electron/fuses looks for in a binary; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire format version 1: one ASCII byte per fuse, '0' off and '1' on. */
const FUSE_WIRE_VERSION = 1;

/**
 * Electron's own fuse settings, in wire order (RunAsNode, cookie encryption, NODE_OPTIONS,
 * --inspect, ASAR integrity, only load from ASAR, browser V8 snapshot, file:// privileges, Wasm
 * trap handlers): what an app ships with when nobody flips them.
 */
export const ELECTRON_DEFAULT_FUSES = '101100011';

/** The wire bytes: sentinel, version, number of fuses, then the fuses. */
function fuseWire(fuses: string): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, fuses.length]),
    Buffer.from(fuses, 'latin1'),
  ]);
}

/**
 * Writes the stand-in into `dir`: an `electron` executable (a shell script that exits at once; the
 * wire sits on a comment line, where the shell never reads it as a command) and an empty
 * `resources/`. Returns `dir`, ready to be electron-builder's `electronDist`.
 */
export function writeStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# '),
      fuseWire(ELECTRON_DEFAULT_FUSES),
      Buffer.from('\nexit 0\n'),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron runtime, for packing tests.\n');
  return dir;
}
