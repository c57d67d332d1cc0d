// The hardware and memory fields of system_profiler as printed, whichever form (text or XML)
// they were read from, and the one set of rules that turns them into HardwareFacts. Keeping the
// rules here means the text and the XML of the same Mac give the same facts.
import {
  clockGHz,
  coreCount,
  isEmptySlotWord,
  memorySizeBytes,
  memoryTypeName,
  moduleMaker,
  modulePartNumber,
  moduleSerial,
} from './apple-values.ts';
import type {
  CpuFacts,
  HardwareFacts,
  IdentityFacts,
  MemoryFacts,
  MemoryModuleFacts,
} from './hardware-facts.ts';
import { macModelKind } from './mac-model-kind.ts';
import { memorySpeedMTs } from './module-speed.ts';
import { meaningful } from './placeholders.ts';

/** One memory slot as listed (an empty slot is listed too, with "Empty" in its fields). */
export type MacMemorySlot = {
  name?: string;
  size?: string;
  type?: string;
  speed?: string;
  status?: string;
  manufacturer?: string;
  partNumber?: string;
  serial?: string;
};

export type MacHardwareRecord = {
  modelName?: string;
  modelId?: string;
  serial?: string;
  uuid?: string;
  /** Boot ROM Version (Intel, PowerPC) or System Firmware Version (Apple silicon, newer Intel). */
  firmwareVersion?: string;
  /** Processor Name / CPU Type, or the Chip of Apple silicon. */
  cpuBrand?: string;
  cpuSpeed?: string;
  /** "2", "8 (4 performance and 4 efficiency)", "proc 8:4:4". */
  cores?: string;
  hyperThreading?: boolean;
  /** The overview's total, "4 GB". */
  memory?: string;
  slots: MacMemorySlot[];
  /** Apple silicon's single memory entry: memory in the chip's package, no slots, no speed. */
  unified?: { size?: string; type?: string; manufacturer?: string };
};

/** Intel's Hyper-Threading runs two threads on each core. */
const THREADS_PER_HYPER_THREADED_CORE = 2;

/** The facts the record holds; anything unreadable or a placeholder is left out. */
export function macHardwareFacts(record: MacHardwareRecord): HardwareFacts {
  const facts: HardwareFacts = { identity: identityOf(record), batteries: [] };
  const cpu = cpuOf(record);
  if (cpu) facts.cpu = cpu;
  const memory = memoryOf(record);
  if (memory) facts.memory = memory;
  return facts;
}

function identityOf(record: MacHardwareRecord): IdentityFacts {
  const model = meaningful(record.modelName);
  const modelId = meaningful(record.modelId);
  const serial = meaningful(record.serial);
  const uuid = meaningful(record.uuid);
  const firmwareVersion = meaningful(record.firmwareVersion);
  // Nothing read means this was not a hardware overview at all: claim no maker either.
  if ([model, modelId, serial, uuid, firmwareVersion].every((value) => value === undefined))
    return {};
  const kind = macModelKind(modelId, model);
  const identity: IdentityFacts = { manufacturer: kind.maker };
  if (model) identity.model = model;
  if (modelId) identity.modelId = modelId;
  if (serial) identity.serial = serial;
  if (uuid) identity.uuid = uuid;
  if (kind.chassis) identity.chassis = kind.chassis;
  if (firmwareVersion) identity.firmware = { vendor: kind.maker, version: firmwareVersion };
  return identity;
}

function cpuOf(record: MacHardwareRecord): CpuFacts | undefined {
  const cpu: CpuFacts = {};
  const brand = meaningful(record.cpuBrand);
  if (brand) cpu.brand = brand;
  const physical = coreCount(record.cores);
  if (physical !== undefined) {
    cpu.physicalCores = physical;
    cpu.cores = record.hyperThreading ? physical * THREADS_PER_HYPER_THREADED_CORE : physical;
  }
  const speed = clockGHz(record.cpuSpeed);
  if (speed !== undefined) cpu.speedGHz = speed;
  return Object.keys(cpu).length > 0 ? cpu : undefined;
}

function memoryOf(record: MacHardwareRecord): MemoryFacts | undefined {
  const modules = record.slots.flatMap((slot) => moduleOf(slot) ?? []);
  const unified = unifiedModuleOf(record.unified);
  if (unified) modules.push(unified);
  const listedTotal = modules.reduce((sum, module) => sum + module.sizeBytes, 0);
  const totalBytes = memorySizeBytes(record.memory) ?? (listedTotal > 0 ? listedTotal : undefined);
  if (totalBytes === undefined && modules.length === 0) return undefined;
  const memory: MemoryFacts = { modules };
  if (totalBytes !== undefined) memory.totalBytes = totalBytes;
  if (record.slots.length > 0) memory.slots = record.slots.length;
  return memory;
}

function moduleOf(slot: MacMemorySlot): MemoryModuleFacts | undefined {
  if (isEmptySlotWord(slot.size) || isEmptySlotWord(slot.status)) return undefined;
  const sizeBytes = memorySizeBytes(slot.size);
  if (sizeBytes === undefined) return undefined;
  const module: MemoryModuleFacts = { sizeBytes };
  const name = meaningful(slot.name);
  if (name) module.slot = name;
  const type = memoryTypeName(slot.type);
  if (type) module.type = type;
  const speed = memorySpeedMTs(slot.speed);
  if (speed !== undefined) module.speedMTs = speed;
  const manufacturer = moduleMaker(slot.manufacturer);
  if (manufacturer) module.manufacturer = manufacturer;
  const partNumber = modulePartNumber(slot.partNumber);
  if (partNumber) module.partNumber = partNumber;
  const serial = moduleSerial(slot.serial);
  if (serial) module.serial = serial;
  return module;
}

function unifiedModuleOf(unified: MacHardwareRecord['unified']): MemoryModuleFacts | undefined {
  const sizeBytes = memorySizeBytes(unified?.size);
  if (sizeBytes === undefined) return undefined;
  const module: MemoryModuleFacts = { sizeBytes };
  const type = memoryTypeName(unified?.type);
  if (type) module.type = type;
  const manufacturer = moduleMaker(unified?.manufacturer);
  if (manufacturer) module.manufacturer = manufacturer;
  return module;
}
