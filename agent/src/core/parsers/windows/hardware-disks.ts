// Physical disks (MSFT_PhysicalDisk, the hardware script's Disks part) and BitLocker volumes
// (Win32_EncryptableVolume, its Volumes part).
import type {
  DiskDeviceFacts,
  DiskHealth,
  DiskKind,
  EncryptionFacts,
  EncryptionState,
} from '../hardware/device-state-facts.ts';
import { recordNumber, recordText, type JsonRecord } from './powershell-json.ts';
import { assign, partRecords, positiveNumber, recordMeaningful } from './hardware-json-root.ts';

/** MSFT_PhysicalDisk.BusType values. */
const BUS_USB = 7;
const BUS_FILE_BACKED_VIRTUAL = 15;
const BUS_NVME = 17;
/** USB sticks and mounted VHD files come and go; they are not the computer's disks. */
const TRANSIENT_BUSES: ReadonlySet<number> = new Set([BUS_USB, BUS_FILE_BACKED_VIRTUAL]);

/** MSFT_PhysicalDisk.MediaType values. */
const MEDIA_HDD = 3;
const MEDIA_SSD = 4;

/** MSFT_PhysicalDisk.HealthStatus: 0 Healthy, 1 Warning, 2 Unhealthy, 5 Unknown. */
const HEALTH: ReadonlyMap<number, DiskHealth> = new Map([
  [0, 'ok'],
  [1, 'warning'],
  [2, 'failing'],
]);

/** Win32_EncryptableVolume.ProtectionStatus: 0 off, 1 on, 2 unknown (a locked volume). */
const PROTECTION: ReadonlyMap<number, EncryptionState> = new Map([
  [0, 'off'],
  [1, 'on'],
]);

/** The computer's own disks, USB and virtual-file disks left out. */
export function readWindowsDisks(root: JsonRecord): DiskDeviceFacts[] {
  const disks: DiskDeviceFacts[] = [];
  for (const record of partRecords(root, 'Disks')) {
    const bus = recordNumber(record, 'BusType');
    if (bus !== undefined && TRANSIENT_BUSES.has(bus)) continue;
    const model = recordMeaningful(record, 'FriendlyName');
    const sizeBytes = positiveNumber(record.Size);
    if (model === undefined && sizeBytes === undefined) continue;
    const disk: DiskDeviceFacts = {
      kind: diskKind(bus, recordNumber(record, 'MediaType')),
      health: HEALTH.get(recordNumber(record, 'HealthStatus') ?? -1) ?? 'unknown',
    };
    assign(disk, 'model', model);
    assign(disk, 'sizeBytes', sizeBytes);
    disks.push(disk);
  }
  return disks;
}

function diskKind(bus: number | undefined, media: number | undefined): DiskKind {
  if (bus === BUS_NVME) return 'nvme';
  if (media === MEDIA_SSD) return 'ssd';
  if (media === MEDIA_HDD) return 'hdd';
  return 'unknown';
}

/**
 * BitLocker state per lettered volume. Volumes without a letter (recovery, EFI) are left out:
 * nobody's files are on them.
 */
export function readWindowsEncryption(root: JsonRecord): EncryptionFacts[] {
  const volumes: EncryptionFacts[] = [];
  for (const record of partRecords(root, 'Volumes')) {
    const volume = recordText(record, 'DriveLetter');
    if (volume === undefined) continue;
    volumes.push({
      volume: volume.toUpperCase(),
      method: 'bitlocker',
      state: PROTECTION.get(recordNumber(record, 'ProtectionStatus') ?? -1) ?? 'unknown',
    });
  }
  return volumes;
}
