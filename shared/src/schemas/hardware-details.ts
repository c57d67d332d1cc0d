import { z } from 'zod';
import { isoTimestamp, nonEmptyShortString, shortString } from './common.ts';

// The hardware an agent reports beyond CPU, memory and filesystems: what a coordinator plans
// replacements and warranty claims with. Every field is optional: a fact the agent cannot read
// (not root, no such tool, a virtual machine without firmware tables) is absent, with a collector
// note saying why, never a placeholder.

// Bounds far above any real machine, so that a forged report cannot put absurd figures in the
// console (a petabyte of memory, a billion charge cycles). Every rule here must be one JSON
// Schema can say too: the agent checks its sections against the JSON Schema made from these.
/** Up to 1 PiB. */
const bytes = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 50);
/** Capacities, cycles, speeds, pixels, slots: a million is far beyond any. */
const count = z.number().int().nonnegative().max(1_000_000);
/** YYYY-MM-DD, a day that exists. */
const day = z.iso.date();

/** Firewall profiles a state may list. */
export const MAX_FIREWALL_PROFILES = 16;

export const CHASSIS_KINDS = [
  'desktop',
  'laptop',
  'all-in-one',
  'tablet',
  'mini-pc',
  'server',
  'virtual-machine',
  'other',
] as const;
export const chassisKindSchema = z.enum(CHASSIS_KINDS);
export type ChassisKind = z.infer<typeof chassisKindSchema>;

export const firmwareSchema = z.strictObject({
  vendor: shortString.optional(),
  version: shortString.optional(),
  releaseDate: day.optional(),
});

export const memoryModuleSchema = z.strictObject({
  slot: shortString.optional(),
  sizeBytes: bytes,
  type: shortString.optional(),
  /** Rated speed in MT/s. */
  speedMTs: count.optional(),
  manufacturer: shortString.optional(),
  partNumber: shortString.optional(),
  serial: shortString.optional(),
});
export type MemoryModule = z.infer<typeof memoryModuleSchema>;

/** One battery in detail (the older `battery` summary stays for earlier consoles). */
export const batteryDetailSchema = z.strictObject({
  name: shortString.optional(),
  model: shortString.optional(),
  manufacturer: shortString.optional(),
  serial: shortString.optional(),
  chemistry: shortString.optional(),
  designCapacityMWh: count.optional(),
  fullChargeCapacityMWh: count.optional(),
  designCapacityMAh: count.optional(),
  fullChargeCapacityMAh: count.optional(),
  cycleCount: count.optional(),
  /** Full-charge over design capacity, percent, or the OS's own figure. */
  healthPercent: z.number().nonnegative().max(200).optional(),
  /** The OS's own verdict ("Normal", "Replace Now", "Service Battery"). */
  condition: shortString.optional(),
  manufactureDate: day.optional(),
});
export type BatteryDetail = z.infer<typeof batteryDetailSchema>;

export const physicalDiskSchema = z.strictObject({
  name: shortString.optional(),
  model: shortString.optional(),
  serial: shortString.optional(),
  sizeBytes: bytes.optional(),
  kind: z.enum(['ssd', 'hdd', 'nvme', 'unknown']),
  /** What the OS says of the disk's health without extra tools; `unknown` where it says nothing. */
  health: z.enum(['ok', 'warning', 'failing', 'unknown']),
});
export type PhysicalDisk = z.infer<typeof physicalDiskSchema>;

export const volumeEncryptionSchema = z.strictObject({
  volume: nonEmptyShortString,
  method: z.enum(['bitlocker', 'filevault', 'luks']),
  state: z.enum(['on', 'off', 'unknown']),
});
export type VolumeEncryption = z.infer<typeof volumeEncryptionSchema>;

export const displaySchema = z.strictObject({
  manufacturer: shortString.optional(),
  model: shortString.optional(),
  serial: shortString.optional(),
  widthPx: count.optional(),
  heightPx: count.optional(),
});
export type Display = z.infer<typeof displaySchema>;

export const printerSchema = z.strictObject({
  name: nonEmptyShortString,
  driver: shortString.optional(),
  port: shortString.optional(),
  isDefault: z.boolean().optional(),
  isNetwork: z.boolean().optional(),
});
export type Printer = z.infer<typeof printerSchema>;

/** The parts of `hardwareSchema` added for planning and warranty (all optional). */
export const hardwareDetailFields = {
  /** The maker's model code where it differs from the name (`MacBookPro18,3`, a Lenovo type). */
  modelId: shortString.optional(),
  assetTag: shortString.optional(),
  chassis: chassisKindSchema.optional(),
  firmware: firmwareSchema.optional(),
  memorySlots: count.optional(),
  memoryModules: z.array(memoryModuleSchema).max(64).optional(),
  batteries: z.array(batteryDetailSchema).max(8).optional(),
  physicalDisks: z.array(physicalDiskSchema).max(64).optional(),
  encryption: z.array(volumeEncryptionSchema).max(64).optional(),
  displays: z.array(displaySchema).max(16).optional(),
  printers: z.array(printerSchema).max(64).optional(),
};

const ipAddress = z.string().max(64);

/** The computer's state when it reported: changes often, so a section of its own. */
export const deviceStateSchema = z.strictObject({
  bootTime: isoTimestamp.optional(),
  /** IANA or Windows time zone id, as the OS names it. */
  timeZone: shortString.optional(),
  /** Who is signed in now, and who was last (never shown to student advisors). */
  loggedInUsers: z.array(shortString).max(64).optional(),
  lastLoggedInUser: shortString.optional(),
  interfaces: z
    .array(
      z.strictObject({
        name: nonEmptyShortString,
        mac: shortString.optional(),
        ipv4: z.array(ipAddress).max(32),
        ipv6: z.array(ipAddress).max(32),
      }),
    )
    .max(64)
    .optional(),
  gateways: z.array(ipAddress).max(16).optional(),
  dnsServers: z.array(ipAddress).max(16).optional(),
  wifiSsid: shortString.optional(),
  security: z
    .strictObject({
      antivirus: z
        .array(
          z.strictObject({
            name: nonEmptyShortString,
            enabled: z.boolean().optional(),
            upToDate: z.boolean().optional(),
          }),
        )
        .max(16)
        .optional(),
      /** On or off per firewall profile, by the OS's profile name. */
      firewallEnabled: z
        .record(shortString, z.boolean())
        // Windows has three profiles; 16 leaves room. Said twice: the refinement binds the hub,
        // the metadata the JSON Schema the agent checks against.
        .refine((profiles) => Object.keys(profiles).length <= MAX_FIREWALL_PROFILES, {
          message: `at most ${MAX_FIREWALL_PROFILES} firewall profiles`,
        })
        .meta({ maxProperties: MAX_FIREWALL_PROFILES })
        .optional(),
      pendingReboot: z.boolean().optional(),
      rebootRequired: z.boolean().optional(),
      rebootRequiredBy: z.array(shortString).max(256).optional(),
      lastUpdateInstalled: isoTimestamp.optional(),
      /** macOS System Integrity Protection and Gatekeeper. */
      sip: z.boolean().optional(),
      gatekeeper: z.boolean().optional(),
    })
    .optional(),
});
export type DeviceState = z.infer<typeof deviceStateSchema>;
