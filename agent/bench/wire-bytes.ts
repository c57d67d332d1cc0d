// What each agent's inventory costs on the network.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import type { CollectedInventory } from '../src/core/inventory.ts';
import { deltaReport, fullReport } from '../src/core/inventory-report.ts';

/**
 * Allowance for socket.io's packet prefix on top of the JSON of `[event, payload]`: the
 * engine.io and socket.io type digits ("42") and a short ack id. The `/agent,` namespace adds
 * 7 bytes more on the real wire; either way it is noise beside the JSON. The hub does not enable
 * permessage-deflate, so the JSON travels uncompressed.
 */
export const SOCKET_IO_PREFIX_BYTES = 4;

/** Bytes of one socket.io event as counted here: its JSON array plus the prefix allowance. */
export function socketIoEventBytes(event: string, payload: unknown): number {
  return Buffer.byteLength(JSON.stringify([event, payload])) + SOCKET_IO_PREFIX_BYTES;
}

export type HandraiseWire = {
  /** Compact JSON of the full report: the document itself. */
  documentBytes: number;
  documentZlibBytes: number;
  fullWireBytes: number;
  /** A check-in where nothing changed: the delta against the report's own hashes. */
  unchangedWireBytes: number;
};

export function handraiseWire(inventory: CollectedInventory): HandraiseWire {
  const full = fullReport(inventory);
  const document = Buffer.from(JSON.stringify(full));
  return {
    documentBytes: document.length,
    documentZlibBytes: zlibBytes(document),
    fullWireBytes: socketIoEventBytes('inventory:report', full),
    unchangedWireBytes: socketIoEventBytes(
      'inventory:report',
      deltaReport(inventory, inventory.hashes),
    ),
  };
}

/** zlib (RFC 1950) at the default level, as Node builds it: for comparing both documents alike. */
export const zlibBytes = (data: Buffer): number => deflateSync(data).length;

/** Perl one-liner: the byte length of Compress::Zlib::compress(STDIN), FusionInventory's call. */
const PERL_COMPRESS_LENGTH =
  'use Compress::Zlib; binmode STDIN; local $/; print length(Compress::Zlib::compress(<STDIN>));';

/**
 * The body FusionInventory POSTs: its XML (already UTF-8) through Compress::Zlib::compress when
 * that module is present (HTTP::Client::OCS; it falls back to gzip, then to none). Computed with
 * the same Perl module so the count is exact; Node's zlib build differs by a few bytes.
 */
export function fusionPostBytes(xml: Buffer): { bytes: number; via: string } {
  try {
    const out = execFileSync('perl', ['-e', PERL_COMPRESS_LENGTH], {
      input: xml,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const bytes = Number(out);
    if (Number.isInteger(bytes) && bytes > 0) return { bytes, via: 'Perl Compress::Zlib' };
  } catch {
    // Without the module FusionInventory gzips instead: within a few bytes of Node's zlib.
  }
  return { bytes: zlibBytes(xml), via: 'Node zlib (Compress::Zlib unavailable)' };
}
