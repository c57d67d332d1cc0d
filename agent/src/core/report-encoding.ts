// How a report travels to the hub. Apart from inventory-report.ts so that building a report
// (the `inventory` command prints one) does not load zlib.
import { gzipSync } from 'node:zlib';
import type { CompressedInventoryReport, InventoryReport } from '@handraise/shared';

/**
 * Reports above this size travel gzip-compressed: a full report shrinks about eightfold, while a
 * check-in with nothing changed (a few hundred bytes) is sent as it is.
 */
export const COMPRESS_REPORTS_OVER_BYTES = 4 * 1024;

/** The report as it goes on the wire: plain when small, gzip-compressed when large. */
export function encodeReport(report: InventoryReport): InventoryReport | CompressedInventoryReport {
  const json = JSON.stringify(report);
  if (Buffer.byteLength(json) <= COMPRESS_REPORTS_OVER_BYTES) return report;
  return { encoding: 'gzip', data: gzipSync(json) };
}
