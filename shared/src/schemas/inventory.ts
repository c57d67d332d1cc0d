import { z } from 'zod';
import { MAX_SOFTWARE_ITEMS, MAX_UPDATE_ITEMS } from '../limits.ts';
import { isoTimestamp, nonEmptyShortString, shortString } from './common.ts';
import { agentCostSchema } from './agent-cost.ts';
import { deviceStateSchema, hardwareDetailFields } from './hardware-details.ts';

/** Up to 1 EiB: room for any disk array, none for a forged report's absurd figures. */
const bytes = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 60);

export const PLATFORMS = ['linux', 'windows', 'macos', 'other'] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/** Operating system of a device. */
export const osInfoSchema = z.strictObject({
  platform: platformSchema,
  /** Human name: "Debian GNU/Linux", "Microsoft Windows 11 Pro", "macOS". */
  name: shortString,
  version: shortString,
  build: shortString.optional(),
  codename: shortString.optional(),
  kernel: shortString.optional(),
  arch: shortString,
  hostname: shortString,
  /** Set by the agent when the OS tells it; the hub also judges end of life from its own table. */
  endOfLife: z.boolean().optional(),
});
export type OsInfo = z.infer<typeof osInfoSchema>;

export const diskSchema = z.strictObject({
  mount: shortString,
  fsType: shortString,
  sizeBytes: bytes,
  usedBytes: bytes,
});
export type Disk = z.infer<typeof diskSchema>;

export const networkInterfaceSchema = z.strictObject({
  name: shortString,
  mac: shortString,
  ipv4: shortString.optional(),
  ipv6: shortString.optional(),
  type: shortString.optional(),
});
export type NetworkInterface = z.infer<typeof networkInterfaceSchema>;

export const batterySchema = z.strictObject({
  cycleCount: z.number().int().nonnegative().max(1_000_000).optional(),
  /** Full-charge capacity as a percentage of design capacity: battery health. */
  healthPercent: z.number().nonnegative().max(200).optional(),
});
export type Battery = z.infer<typeof batterySchema>;

/** Hardware of a device. Unknown values are omitted, never guessed. */
export const hardwareSchema = z.strictObject({
  manufacturer: shortString.optional(),
  model: shortString.optional(),
  serial: shortString.optional(),
  uuid: shortString.optional(),
  cpu: z.strictObject({
    brand: shortString,
    // Far above any real processor: a forged report cannot show a billion cores.
    cores: z.number().int().nonnegative().max(65_536),
    physicalCores: z.number().int().nonnegative().max(65_536),
    speedGHz: z.number().nonnegative().max(100),
  }),
  /** Up to 1 PiB. */
  memoryBytes: bytes.max(2 ** 50),
  disks: z.array(diskSchema).max(256),
  gpus: z.array(z.strictObject({ vendor: shortString, model: shortString })).max(32),
  battery: batterySchema.optional(),
  network: z.array(networkInterfaceSchema).max(256),
  ...hardwareDetailFields,
});
export type Hardware = z.infer<typeof hardwareSchema>;

export const SOFTWARE_SOURCES = [
  'dpkg',
  'rpm',
  'flatpak',
  'snap',
  'pacman',
  'registry',
  'appx',
  'macapp',
  'winget',
  'brew',
  'other',
] as const;
export const softwareSourceSchema = z.enum(SOFTWARE_SOURCES);
export type SoftwareSource = z.infer<typeof softwareSourceSchema>;

/** One installed title as the device reports it. Two installed versions are two items. */
export const softwareItemSchema = z.strictObject({
  name: nonEmptyShortString,
  version: shortString,
  publisher: shortString.optional(),
  arch: shortString.optional(),
  source: softwareSourceSchema,
  installDate: shortString.optional(),
  /** The source's own identifier: bundle id, registry key, package family, flatpak app id. */
  id: shortString.optional(),
  /** Where it came from, as the OS says (macOS `obtained_from`: apple, mac_app_store, …). */
  origin: shortString.optional(),
});
export type SoftwareItem = z.infer<typeof softwareItemSchema>;

export const UPDATE_SOURCES = [
  'apt',
  'dnf',
  'yum',
  'zypper',
  'winget',
  'windows-update',
  'softwareupdate',
  'brew',
  'flatpak',
  'snap',
  'other',
] as const;
export const updateSourceSchema = z.enum(UPDATE_SOURCES);
export type UpdateSource = z.infer<typeof updateSourceSchema>;

/** An update the device's own package manager says is available. */
export const pendingUpdateSchema = z.strictObject({
  name: nonEmptyShortString,
  installedVersion: shortString.optional(),
  availableVersion: shortString,
  source: updateSourceSchema,
  security: z.boolean().optional(),
  /** The manager's own identifier: winget Id, softwareupdate Label, brew token, snap/flatpak id. */
  id: shortString.optional(),
});
export type PendingUpdate = z.infer<typeof pendingUpdateSchema>;

/** An installed operating-system update (Windows KB), listed apart from applications. */
export const hotfixSchema = z.strictObject({
  id: nonEmptyShortString,
  description: shortString.optional(),
  installedOn: shortString.optional(),
  source: z.enum(['registry', 'qfe']),
});
export type Hotfix = z.infer<typeof hotfixSchema>;

/** The hashed parts of an inventory; each is sent only when its hash changed. */
export const inventorySectionsSchema = z.strictObject({
  os: osInfoSchema,
  hardware: hardwareSchema,
  software: z.array(softwareItemSchema).max(MAX_SOFTWARE_ITEMS),
  updates: z.array(pendingUpdateSchema).max(MAX_UPDATE_ITEMS),
  hotfixes: z.array(hotfixSchema).max(MAX_UPDATE_ITEMS),
  /** The computer's state (boot time, users, network, security); absent from earlier agents. */
  state: deviceStateSchema.optional(),
});
export type InventorySections = z.infer<typeof inventorySectionsSchema>;
export type SectionName = keyof InventorySections;
/** Every section, derived from the schema so a new section cannot be forgotten here. */
export const SECTION_NAMES: readonly SectionName[] = inventorySectionsSchema.keyof().options;

/** A hex SHA-256 of a section's canonical JSON. */
export const sectionHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** Why a collector could not contribute; the report still goes out. */
export const collectorNoteSchema = z.strictObject({
  collector: shortString,
  error: shortString,
});
export type CollectorNote = z.infer<typeof collectorNoteSchema>;

const hashesSchema = z.strictObject({
  os: sectionHashSchema,
  hardware: sectionHashSchema,
  software: sectionHashSchema,
  updates: sectionHashSchema,
  hotfixes: sectionHashSchema,
  state: sectionHashSchema.optional(),
});
export type SectionHashes = z.infer<typeof hashesSchema>;

/**
 * `inventory:report`. A full report carries every section; a delta carries only the sections
 * whose hash changed, and the hashes of all four so the hub can tell whether it is in step.
 * Both may carry the agent's own cost since its previous check-in (agent-cost.ts).
 */
export const inventoryReportSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('full'),
    collectedAt: isoTimestamp,
    hashes: hashesSchema,
    sections: inventorySectionsSchema,
    notes: z.array(collectorNoteSchema).max(64),
    cost: agentCostSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('delta'),
    collectedAt: isoTimestamp,
    hashes: hashesSchema,
    sections: inventorySectionsSchema.partial(),
    // Absent: the same notes as the last report the hub acknowledged (it keeps those).
    notes: z.array(collectorNoteSchema).max(64).optional(),
    cost: agentCostSchema.optional(),
  }),
]);
export type InventoryReport = z.infer<typeof inventoryReportSchema>;

/** Largest compressed report accepted, in bytes, and the most it may inflate to. */
export const MAX_COMPRESSED_REPORT_BYTES = 2 * 1024 * 1024;
export const MAX_INFLATED_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * `inventory:report` may also arrive gzip-compressed: a full report of a few thousand packages
 * shrinks about eightfold. The hub inflates it (bounded) and parses the result like any report.
 */
export const compressedInventoryReportSchema = z.strictObject({
  encoding: z.literal('gzip'),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes')
    .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_COMPRESSED_REPORT_BYTES, 'report size'),
});
export type CompressedInventoryReport = z.infer<typeof compressedInventoryReportSchema>;

/** `inventory:report` as sent: plain, or gzip-compressed by agents that send large ones. */
export const inventoryReportMessageSchema = z.union([
  inventoryReportSchema,
  compressedInventoryReportSchema,
]);

/** What the hub did with a report. `need-full`: its copy differs; send everything. */
export type InventoryReportResult = { status: 'stored' | 'unchanged' | 'need-full' };
