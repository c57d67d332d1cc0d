// What the hardware readers find, whatever the source (dmidecode, system_profiler, Windows CIM,
// the Linux kernel's own files). Every field is optional: a value the source does not carry, or
// carries as a vendor's placeholder ("To Be Filled By O.E.M.", "0123456789"), is absent, never
// guessed. Sizes are bytes, capacities milliwatt-hours or milliamp-hours as named, dates
// YYYY-MM-DD.

/** The kind of case, read from the firmware's chassis type or the model's own words. */
export { CHASSIS_KINDS, type ChassisKind } from '@handraise/shared';
import type { ChassisKind } from '@handraise/shared';

export type FirmwareFacts = {
  vendor?: string;
  version?: string;
  /** YYYY-MM-DD; a two-digit year as the firmware wrote it: 70–99 are 19xx, 00–69 are 20xx. */
  releaseDate?: string;
};

/** Maker, model and serial numbers of the computer itself. */
export type IdentityFacts = {
  manufacturer?: string;
  model?: string;
  /** The maker's model code where it differs from the name (Mac `MacBookPro18,3`, Dell SKU). */
  modelId?: string;
  serial?: string;
  uuid?: string;
  assetTag?: string;
  chassis?: ChassisKind;
  firmware?: FirmwareFacts;
  board?: { manufacturer?: string; model?: string; serial?: string };
};

export type MemoryModuleFacts = {
  /** Where it sits, as the firmware names it ("DIMM_A1", "ChannelA-DIMM0"). */
  slot?: string;
  sizeBytes: number;
  /** "DDR4", "LPDDR5", "DDR2". */
  type?: string;
  /** Rated speed in MT/s (what dmidecode prints as MT/s or MHz). */
  speedMTs?: number;
  manufacturer?: string;
  partNumber?: string;
  serial?: string;
};

export type MemoryFacts = {
  totalBytes?: number;
  /** Slots on the board, used or not, where the source says. */
  slots?: number;
  modules: MemoryModuleFacts[];
};

export type BatteryFacts = {
  name?: string;
  manufacturer?: string;
  /** The maker's model name (Linux `model_name`). */
  model?: string;
  serial?: string;
  chemistry?: string;
  designCapacityMWh?: number;
  fullChargeCapacityMWh?: number;
  /** macOS reports milliamp-hours. */
  designCapacityMAh?: number;
  fullChargeCapacityMAh?: number;
  cycleCount?: number;
  /** Full-charge over design capacity, in percent (rounded to one decimal), or the OS's own figure. */
  healthPercent?: number;
  /** The OS's own verdict where it gives one ("Normal", "Replace Now", "Service Battery"). */
  condition?: string;
  manufactureDate?: string;
};

export type CpuFacts = {
  /** "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", or the chip of Apple silicon ("Apple M2"). */
  brand?: string;
  cores?: number;
  physicalCores?: number;
  speedGHz?: number;
};

/** Everything one source said about the hardware. */
export type HardwareFacts = {
  identity: IdentityFacts;
  cpu?: CpuFacts;
  memory?: MemoryFacts;
  batteries: BatteryFacts[];
};
