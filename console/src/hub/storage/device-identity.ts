import type { DeviceIdentity } from '@handraise/shared';
import { hashSecret } from '../auth/tokens.ts';

/**
 * What a key says about a computer: `hardware` (firmware UUID, serial number) survives a
 * re-install; `system` (the OS's machine id) survives only an agent re-install; `network` (the set
 * of the network cards' addresses) changes with a USB adapter. `legacy` keys were stored before the
 * kinds were told apart.
 */
export type IdentityKind = 'hardware-uuid' | 'serial' | 'machine-id' | 'macs' | 'legacy';
export type IdentityKey = { kind: IdentityKind; hash: string };

// Values firmware and imaging tools ship when nobody filled the field in; they identify nothing.
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'default string',
  'to be filled by o.e.m.',
  'to be filled by oem',
  'system serial number',
  'chassis serial number',
  'base board serial number',
  'system product name',
  'not specified',
  'not applicable',
  'not available',
  'not settable',
  'not present',
  'none',
  'null',
  'n/a',
  'na',
  'unknown',
  'invalid',
  'oem',
  'o.e.m.',
  'empty',
  'serial',
  'default',
  'undefined',
  '0123456789',
  '123456789',
  '1234567890',
  '03000200-0400-0500-0006-000700080009',
]);

/** True for a value that cannot tell one computer from another ("-", all zeros, "Default string"). */
export function isPlaceholderId(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value.length < 3) return true;
  if (PLACEHOLDERS.has(value)) return true;
  // Only separators and zeros (00000000-0000-…, "0.0"), or one character repeated (FFFF…, xxxx).
  if (/^[\s0.:_-]*$/.test(value)) return true;
  const compact = value.replace(/[\s.:_-]/g, '');
  return /^(.)\1*$/.test(compact);
}

/** Universally administered, non-zero MAC addresses: locally administered ones are random or virtual. */
function stableMacs(macs: readonly string[]): string[] {
  const stable = macs
    .map((mac) => mac.trim().toLowerCase())
    .filter((mac) => /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/.test(mac))
    .map((mac) => mac.replaceAll('-', ':'))
    .filter((mac) => !isPlaceholderId(mac) && (parseInt(mac.slice(0, 2), 16) & 0b10) === 0);
  return [...new Set(stable)].sort();
}

/**
 * The keys a computer's self-description hashes to. Only hashes are stored. The formats of the
 * hardware-uuid, serial and macs keys are those of the single key earlier hubs kept, so computers
 * enrolled then are still recognised.
 */
export function identityKeys(identity: DeviceIdentity): IdentityKey[] {
  const keys: IdentityKey[] = [];
  if (!isPlaceholderId(identity.machineId)) {
    const id = identity.machineId!.trim().toLowerCase().replaceAll('-', '');
    keys.push({ kind: 'machine-id', hash: hashSecret(`machine-id:${id}`) });
  }
  if (!isPlaceholderId(identity.uuid)) {
    const uuid = identity.uuid!.trim().toLowerCase().replaceAll('-', '');
    keys.push({ kind: 'hardware-uuid', hash: hashSecret(`uuid:${uuid}`) });
  }
  if (!isPlaceholderId(identity.serial)) {
    keys.push({ kind: 'serial', hash: hashSecret(`serial:${identity.serial!.trim()}`) });
  }
  const macs = stableMacs(identity.macs ?? []);
  if (macs.length > 0) keys.push({ kind: 'macs', hash: hashSecret(`macs:${macs.join(',')}`) });
  return keys;
}

/**
 * Kinds that say "this is the same machine" strongly enough for the coordinator's automatic rule.
 * A legacy key may have been made of network addresses alone, so it only ever suggests.
 */
export const STRONG_KINDS: ReadonlySet<IdentityKind> = new Set([
  'hardware-uuid',
  'serial',
  'machine-id',
]);
