import { gunzipSync } from 'node:zlib';
import {
  compressedInventoryReportSchema,
  inventoryReportSchema,
  MAX_INFLATED_REPORT_BYTES,
  type InventoryReport,
} from '@handraise/shared';
import { z } from 'zod';

/** A report as sent: plain, or gzip-compressed by agents that send large ones. */
export const incomingReportSchema = z.union([
  inventoryReportSchema,
  compressedInventoryReportSchema,
]);
export type IncomingReport = z.infer<typeof incomingReportSchema>;

/**
 * The report inside what an agent sent, or null if a compressed one does not inflate (within
 * MAX_INFLATED_REPORT_BYTES, so a small bomb cannot fill the hub's memory) to a valid report.
 */
export function reportFrom(incoming: IncomingReport): InventoryReport | null {
  if (!('encoding' in incoming)) return incoming;
  try {
    const json = gunzipSync(incoming.data, { maxOutputLength: MAX_INFLATED_REPORT_BYTES }).toString(
      'utf8',
    );
    const parsed = inventoryReportSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
