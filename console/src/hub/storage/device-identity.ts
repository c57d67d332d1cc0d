import { identifyingValue, type DeviceIdentity } from '@handraise/shared';
import { hashSecret } from '../auth/tokens.ts';

/**
 * What a key says about a computer: `hardware` (firmware UUID, serial number) survives a
 * re-install; `system` (the OS's machine id) survives only an agent re-install; `network` (the set
 * of the network cards' addresses) changes with a USB adapter. `legacy` keys were stored before the
 * kinds were told apart.
 */
export type IdentityKind = 'hardware-uuid' | 'serial' | 'machine-id' | 'macs' | 'legacy';
export type IdentityKey = { kind: IdentityKind; hash: string };

/** Universally administered, non-zero MAC addresses: locally administered ones are random or virtual. */
function stableMacs(macs: readonly string[]): string[] {
  const stable = macs
    .map((mac) => mac.trim().toLowerCase())
    .filter((mac) => /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/.test(mac))
    .map((mac) => mac.replaceAll('-', ':'))
    .filter((mac) => identifyingValue(mac) && (parseInt(mac.slice(0, 2), 16) & 0b10) === 0);
  return [...new Set(stable)].sort();
}

/**
 * The keys a computer's self-description hashes to. Only hashes are stored. The formats of the
 * hardware-uuid, serial and macs keys are those of the single key earlier hubs kept, so computers
 * enrolled then are still recognised.
 */
export function identityKeys(identity: DeviceIdentity): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const machineId = identifyingValue(identity.machineId);
  if (machineId) {
    const id = machineId.toLowerCase().replaceAll('-', '');
    keys.push({ kind: 'machine-id', hash: hashSecret(`machine-id:${id}`) });
  }
  const uuid = identifyingValue(identity.uuid)?.toLowerCase().replaceAll('-', '');
  if (uuid) keys.push({ kind: 'hardware-uuid', hash: hashSecret(`uuid:${uuid}`) });
  const serial = identifyingValue(identity.serial);
  if (serial) keys.push({ kind: 'serial', hash: hashSecret(`serial:${serial}`) });
  const macs = stableMacs(identity.macs ?? []);
  if (macs.length > 0) keys.push({ kind: 'macs', hash: hashSecret(`macs:${macs.join(',')}`) });
  return keys;
}

/**
 * Kinds read from the computer's firmware: they survive a re-install, and two computers made from
 * one system image still differ in them. Only a match on one of these, with none contradicting,
 * may link a re-install without the coordinator.
 */
export const HARDWARE_KINDS: ReadonlySet<IdentityKind> = new Set(['hardware-uuid', 'serial']);
