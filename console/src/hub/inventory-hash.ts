import { createHash } from 'node:crypto';
import { canonicalJson } from '@handraise/shared';

/** SHA-256 (hex) of a section's canonical JSON: the same function the agent uses. */
export function hashSection(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
