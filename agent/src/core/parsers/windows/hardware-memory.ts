// Memory modules and slots from the hardware script's Memory (Win32_PhysicalMemory),
// MemoryArrays (Win32_PhysicalMemoryArray) and ComputerSystem parts.
import type { MemoryFacts, MemoryModuleFacts } from '../hardware/hardware-facts.ts';
import { jedecMakerFromHex } from '../hardware/jedec-makers.ts';
import { smbiosMemoryType, windowsMemoryType } from '../hardware/smbios-memory-type.ts';
import { recordNumber, type JsonRecord } from './powershell-json.ts';
import {
  assign,
  partRecord,
  partRecords,
  positiveNumber,
  recordMeaningful,
} from './hardware-json-root.ts';

/** Win32_PhysicalMemoryArray.Use for the array that holds system memory (others: video, cache, flash). */
const SYSTEM_MEMORY_USE = 3;

/** The memory facts, or undefined when the output says nothing about memory. */
export function readWindowsMemory(root: JsonRecord): MemoryFacts | undefined {
  const modules = partRecords(root, 'Memory')
    .map(readModule)
    .filter((module) => module !== undefined);
  const memory: MemoryFacts = { modules };
  const moduleBytes = modules.reduce((sum, module) => sum + module.sizeBytes, 0);
  // TotalPhysicalMemory is what Windows can use, a little under what is installed.
  const system = partRecord(root, 'ComputerSystem');
  assign(
    memory,
    'totalBytes',
    positiveNumber(moduleBytes) ?? positiveNumber(system?.TotalPhysicalMemory),
  );
  assign(memory, 'slots', slotCount(root));
  return modules.length > 0 || memory.totalBytes !== undefined || memory.slots !== undefined
    ? memory
    : undefined;
}

function readModule(record: JsonRecord): MemoryModuleFacts | undefined {
  const sizeBytes = positiveNumber(record.Capacity);
  if (sizeBytes === undefined) return undefined;
  const module: MemoryModuleFacts = { sizeBytes };
  assign(
    module,
    'slot',
    recordMeaningful(record, 'DeviceLocator') ?? recordMeaningful(record, 'BankLabel'),
  );
  assign(
    module,
    'type',
    smbiosMemoryType(recordNumber(record, 'SMBIOSMemoryType')) ??
      windowsMemoryType(recordNumber(record, 'MemoryType')),
  );
  // Speed is the module's rating; ConfiguredClockSpeed what the board runs it at.
  assign(
    module,
    'speedMTs',
    positiveNumber(record.Speed) ?? positiveNumber(record.ConfiguredClockSpeed),
  );
  // Firmware often passes the JEDEC code on as hex ("80AD000080AD") instead of the maker's name.
  const manufacturer = recordMeaningful(record, 'Manufacturer');
  assign(module, 'manufacturer', manufacturer && (jedecMakerFromHex(manufacturer) ?? manufacturer));
  assign(module, 'partNumber', recordMeaningful(record, 'PartNumber'));
  assign(module, 'serial', recordMeaningful(record, 'SerialNumber'));
  return module;
}

function slotCount(root: JsonRecord): number | undefined {
  const arrays = partRecords(root, 'MemoryArrays').filter((array) => {
    const use = recordNumber(array, 'Use');
    return use === undefined || use === SYSTEM_MEMORY_USE;
  });
  const slots = arrays.reduce((sum, array) => sum + (positiveNumber(array.MemoryDevices) ?? 0), 0);
  return positiveNumber(slots);
}
