import { gunzipSync } from 'node:zlib';
import { MAX_INFLATED_REPORT_BYTES } from '@handraise/shared';

/**
 * The JSON inside a compressed report, not yet checked against the schema; undefined when it does
 * not inflate within MAX_INFLATED_REPORT_BYTES (so a small bomb cannot fill the hub's memory) or
 * is not JSON.
 */
export function inflateReport(data: Uint8Array): unknown {
  try {
    return JSON.parse(
      gunzipSync(data, { maxOutputLength: MAX_INFLATED_REPORT_BYTES }).toString('utf8'),
    ) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a report, read but not yet parsed, says it is a full one (every section). */
export function claimsFullReport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'full';
}
