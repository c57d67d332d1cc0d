// What each agent's inventory costs on the network.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import type { AgentCost, InventoryReport } from '@handraise/shared';
import type { CollectedInventory } from '../src/core/inventory.ts';
import { Encoder, PacketType } from 'socket.io-parser';
import { deltaReport, fullReport, notesHash } from '../src/core/inventory-report.ts';
import { encodeReport } from '../src/core/report-encoding.ts';

/** engine.io's message type digit, which precedes each socket.io packet on a WebSocket. */
export const SOCKET_IO_PREFIX_BYTES = 1;

/**
 * Bytes of one acknowledged event on the `/agent` namespace exactly as socket.io encodes it (the
 * packet text plus any binary attachments, e.g. a compressed report), WebSocket framing aside.
 */
export function socketIoEventBytes(event: string, payload: unknown): number {
  const parts = new Encoder().encode({
    type: PacketType.EVENT,
    nsp: '/agent',
    id: 1,
    data: [event, payload],
  }) as (string | Uint8Array)[];
  return parts.reduce(
    (sum, part) =>
      sum +
      SOCKET_IO_PREFIX_BYTES +
      (typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength),
    0,
  );
}

export type HandraiseWire = {
  /** Compact JSON of the full report: the document itself. */
  documentBytes: number;
  documentZlibBytes: number;
  fullWireBytes: number;
  /** A check-in where nothing changed: the delta against the report's own hashes and notes. */
  unchangedWireBytes: number;
  /** What the agent's own `cost` adds to that unchanged check-in; 0 without one. */
  costWireBytes: number;
};

/** The report with the agent's cost attached, as every check-in carries it; as it is without. */
const withCost = (report: InventoryReport, cost: AgentCost | null): InventoryReport =>
  cost === null ? report : { ...report, cost };

/** `cost`: the agent's figures its report carried, sent with each check-in (null if none). */
export function handraiseWire(
  inventory: CollectedInventory,
  cost: AgentCost | null = null,
): HandraiseWire {
  const full = withCost(fullReport(inventory), cost);
  const document = Buffer.from(JSON.stringify(full));
  const unchanged = deltaReport(inventory, inventory.hashes, notesHash(inventory.notes));
  // As the agent sends them: large reports gzip-compressed, small ones as they are.
  const unchangedWireBytes = socketIoEventBytes(
    'inventory:report',
    encodeReport(withCost(unchanged, cost)),
  );
  return {
    documentBytes: document.length,
    documentZlibBytes: zlibBytes(document),
    fullWireBytes: socketIoEventBytes('inventory:report', encodeReport(full)),
    unchangedWireBytes,
    costWireBytes:
      cost === null
        ? 0
        : unchangedWireBytes - socketIoEventBytes('inventory:report', encodeReport(unchanged)),
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
