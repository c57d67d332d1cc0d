import type { EncryptionFacts } from '../../../parsers/hardware/device-state-facts.ts';
import { parseLsblkJson, type LsblkDevice } from './lsblk-json.ts';

/** A LUKS header on the device, or the unlocked dm-crypt mapping above one (or a plain one). */
function isEncryptionLayer(device: LsblkDevice): boolean {
  return device.fsType === 'crypto_LUKS' || device.type === 'crypt';
}

/** Mounted file systems (not swap, whose mount point reads `[SWAP]`). */
function isMounted(device: LsblkDevice): device is LsblkDevice & { mountpoint: string } {
  return device.mountpoint?.startsWith('/') === true;
}

/**
 * Disk encryption from the tree of `lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINT` (more columns do no
 * harm): each mounted file
 * system is `on` when a LUKS or dm-crypt layer sits anywhere below it (LVM inside LUKS is common),
 * else `off`; a LUKS container with nothing mounted from it (locked, or a spare disk) is listed
 * by its device as `on`.
 */
export function parseLsblkEncryption(stdout: string): EncryptionFacts[] {
  const volumes: EncryptionFacts[] = [];
  const seen = new Set<string>();
  const add = (volume: string, encrypted: boolean) => {
    if (seen.has(volume)) return;
    seen.add(volume);
    volumes.push({ volume, method: 'luks', state: encrypted ? 'on' : 'off' });
  };
  // Returns whether anything below this device is mounted, to list unmounted containers.
  const visit = (device: LsblkDevice, encryptedBelow: boolean): boolean => {
    const encrypted = encryptedBelow || isEncryptionLayer(device);
    if (isMounted(device)) add(device.mountpoint, encrypted);
    let mountedAbove = isMounted(device);
    for (const child of device.children) {
      mountedAbove = visit(child, encrypted) || mountedAbove;
    }
    if (device.fsType === 'crypto_LUKS' && !mountedAbove && device.name !== undefined) {
      add(`/dev/${device.name}`, true);
    }
    return mountedAbove;
  };
  for (const device of parseLsblkJson(stdout)) visit(device, false);
  return volumes;
}
