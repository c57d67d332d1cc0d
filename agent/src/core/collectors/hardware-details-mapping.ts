// The readers' hardware facts (parsers/hardware/) as the contract's optional hardware fields
// (shared hardware-details.ts). The wire schema is strict and bounded: unknown keys, empty
// strings and out-of-range numbers would void the whole section, so each value is checked here
// and left out when it does not fit.
import type {
  BatteryDetail,
  Display,
  Hardware,
  MemoryModule,
  PhysicalDisk,
  Printer,
  VolumeEncryption,
} from '@handraise/shared';
import type {
  DiskDeviceFacts,
  DisplayFacts,
  EncryptionFacts,
  PrinterFacts,
} from '../parsers/hardware/device-state-facts.ts';
import type {
  BatteryFacts,
  IdentityFacts,
  MemoryFacts,
  MemoryModuleFacts,
} from '../parsers/hardware/hardware-facts.ts';
import { wireCount, wireDay, wireText, withoutUndefined } from './field-values.ts';

/** The hardware fields the contract added; every one optional. */
export type HardwareDetails = Pick<
  Hardware,
  | 'modelId'
  | 'assetTag'
  | 'chassis'
  | 'firmware'
  | 'memorySlots'
  | 'memoryModules'
  | 'batteries'
  | 'physicalDisks'
  | 'encryption'
  | 'displays'
  | 'printers'
>;

/** What the platform's readers found beyond systeminformation's answers. */
export type HardwareDetailFacts = {
  identity?: IdentityFacts;
  memory?: MemoryFacts;
  batteries?: BatteryFacts[];
  disks?: DiskDeviceFacts[];
  encryption?: EncryptionFacts[];
  displays?: DisplayFacts[];
  printers?: PrinterFacts[];
};

/** The contract's list bounds (shared hardware-details.ts). */
const MAX_MEMORY_MODULES = 64;
const MAX_BATTERIES = 8;
const MAX_PHYSICAL_DISKS = 64;
const MAX_ENCRYPTED_VOLUMES = 64;
const MAX_DISPLAYS = 16;
const MAX_PRINTERS = 64;
/** New cells can hold a little more than their design; past this the figures are nonsense. */
const MAX_HEALTH_PERCENT = 200;

/** Capacities come as fractions of a unit from some drivers; the wire takes whole units. */
function wholeUnits(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0
    ? wireCount(Math.round(value))
    : undefined;
}

function healthPercent(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= MAX_HEALTH_PERCENT
    ? value
    : undefined;
}

function memoryModule(module: MemoryModuleFacts): MemoryModule | undefined {
  const sizeBytes = wireCount(module.sizeBytes);
  if (sizeBytes === undefined || sizeBytes === 0) return undefined;
  return withoutUndefined<MemoryModule>({
    slot: wireText(module.slot),
    sizeBytes,
    type: wireText(module.type),
    speedMTs: wireCount(module.speedMTs),
    manufacturer: wireText(module.manufacturer),
    partNumber: wireText(module.partNumber),
    serial: wireText(module.serial),
  });
}

function battery(facts: BatteryFacts): BatteryDetail {
  return withoutUndefined<BatteryDetail>({
    name: wireText(facts.name),
    model: wireText(facts.model),
    manufacturer: wireText(facts.manufacturer),
    serial: wireText(facts.serial),
    chemistry: wireText(facts.chemistry),
    designCapacityMWh: wholeUnits(facts.designCapacityMWh),
    fullChargeCapacityMWh: wholeUnits(facts.fullChargeCapacityMWh),
    designCapacityMAh: wholeUnits(facts.designCapacityMAh),
    fullChargeCapacityMAh: wholeUnits(facts.fullChargeCapacityMAh),
    cycleCount: wireCount(facts.cycleCount),
    healthPercent: healthPercent(facts.healthPercent),
    condition: wireText(facts.condition),
    manufactureDate: wireDay(facts.manufactureDate),
  });
}

function disk(facts: DiskDeviceFacts): PhysicalDisk {
  return withoutUndefined<PhysicalDisk>({
    name: wireText(facts.name),
    model: wireText(facts.model),
    serial: wireText(facts.serial),
    sizeBytes: wireCount(facts.sizeBytes),
    kind: facts.kind,
    health: facts.health,
  });
}

function encryption(facts: EncryptionFacts): VolumeEncryption | undefined {
  const volume = wireText(facts.volume);
  return volume === undefined ? undefined : { volume, method: facts.method, state: facts.state };
}

function display(facts: DisplayFacts): Display {
  return withoutUndefined<Display>({
    manufacturer: wireText(facts.manufacturer),
    model: wireText(facts.model),
    serial: wireText(facts.serial),
    widthPx: wireCount(facts.widthPx),
    heightPx: wireCount(facts.heightPx),
  });
}

function printer(facts: PrinterFacts): Printer | undefined {
  const name = wireText(facts.name);
  if (name === undefined) return undefined;
  return withoutUndefined<Printer>({
    name,
    driver: wireText(facts.driver),
    port: wireText(facts.port),
    isDefault: facts.isDefault,
    isNetwork: facts.isNetwork,
  });
}

/** Each fact mapped, those that do not fit dropped, the list cut to the contract's bound. */
function listOf<F, W>(facts: F[] | undefined, map: (fact: F) => W | undefined, max: number) {
  if (facts === undefined) return undefined;
  return facts
    .map(map)
    .filter((item): item is W => item !== undefined)
    .slice(0, max);
}

/** The contract's hardware details from the readers' facts; an unknown fact is an absent key. */
export function toHardwareDetails(facts: HardwareDetailFacts): HardwareDetails {
  const identity = facts.identity ?? {};
  const firmware = withoutUndefined({
    vendor: wireText(identity.firmware?.vendor),
    version: wireText(identity.firmware?.version),
    releaseDate: wireDay(identity.firmware?.releaseDate),
  });
  return withoutUndefined<HardwareDetails>({
    modelId: wireText(identity.modelId),
    assetTag: wireText(identity.assetTag),
    chassis: identity.chassis,
    firmware: Object.keys(firmware).length > 0 ? firmware : undefined,
    memorySlots: wireCount(facts.memory?.slots),
    memoryModules: listOf(facts.memory?.modules, memoryModule, MAX_MEMORY_MODULES),
    batteries: listOf(facts.batteries, battery, MAX_BATTERIES),
    physicalDisks: listOf(facts.disks, disk, MAX_PHYSICAL_DISKS),
    encryption: listOf(facts.encryption, encryption, MAX_ENCRYPTED_VOLUMES),
    displays: listOf(facts.displays, display, MAX_DISPLAYS),
    printers: listOf(facts.printers, printer, MAX_PRINTERS),
  });
}
