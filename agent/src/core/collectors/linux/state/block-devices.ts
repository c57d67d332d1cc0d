import type {
  DiskDeviceFacts,
  EncryptionFacts,
} from '../../../parsers/hardware/device-state-facts.ts';
import { parseLsblkEncryption } from './disk-encryption.ts';
import { parseLsblkDisks } from './disks.ts';
import { isLsblkJson } from './lsblk-json.ts';
import {
  askTool,
  found,
  missing,
  type Reading,
  type StateContext,
  type StateNote,
} from './state-reading.ts';

/**
 * One lsblk run for both disks and encryption: the full tree (sizes in bytes) holds the whole
 * disks at its top level and the LUKS layers below them, so a second process is not needed.
 */
export const LSBLK_ARGS = [
  '-J',
  '-b',
  '-o',
  'NAME,MODEL,SERIAL,SIZE,ROTA,TYPE,TRAN,FSTYPE,MOUNTPOINT',
] as const;

const DISK_HEALTH_NOTE: StateNote = {
  collector: 'disk-health',
  error: 'needs smartctl and root; not read',
};

export type BlockDevices = {
  disks: Reading<DiskDeviceFacts[]>;
  encryption: Reading<EncryptionFacts[]>;
};

function unread(reason: string): BlockDevices {
  return { disks: missing('disks', reason), encryption: missing('disk-encryption', reason) };
}

export async function readBlockDevices(context: StateContext): Promise<BlockDevices> {
  const answer = await askTool(context, 'lsblk', LSBLK_ARGS);
  if (!answer.ok) return unread(answer.reason);
  if (!isLsblkJson(answer.stdout)) return unread('lsblk printed no device list');
  const disks = parseLsblkDisks(answer.stdout);
  // Health is the one disk fact no tool of a normal user gives; said once rather than guessed.
  return {
    disks: found(disks, disks.length > 0 ? [DISK_HEALTH_NOTE] : []),
    encryption: found(parseLsblkEncryption(answer.stdout)),
  };
}
