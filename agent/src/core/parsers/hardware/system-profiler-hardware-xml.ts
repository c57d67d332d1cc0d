// The hardware and memory fields of `system_profiler -xml SPHardwareDataType SPMemoryDataType`
// (or of a full `-xml` report). The overview is the first `_items` entry of SPHardwareDataType;
// memory slots are dicts with `dimm_*` keys, listed straight under SPMemoryDataType's `_items`
// on old releases and one level deeper (under a `global_ecc_state` entry) on later ones.
import type { PlistDict } from '../macos/plist-xml.ts';
import type { MacHardwareRecord, MacMemorySlot } from './mac-hardware-record.ts';
import { findDicts, plistText, readPlist, sectionItems } from './system-profiler-plist.ts';

const HARDWARE = 'SPHardwareDataType';
const MEMORY = 'SPMemoryDataType';

/** Reads the hardware overview and the memory slots out of a `-xml` report. */
export function readHardwareXml(text: string): MacHardwareRecord {
  const root = readPlist(text);
  const overview = sectionItems(root, HARDWARE)[0] ?? {};
  const at = (key: string): string | undefined => plistText(overview[key]);
  const record: MacHardwareRecord = {
    modelName: at('machine_name'),
    modelId: at('machine_model'),
    serial: at('serial_number'),
    uuid: at('platform_UUID'),
    // Apple silicon keeps its System Firmware Version under the old Boot ROM key.
    firmwareVersion: at('boot_rom_version'),
    cpuBrand: at('chip_type') ?? at('cpu_type'),
    cpuSpeed: at('current_processor_speed'),
    // An integer on Intel and PowerPC (all cores), "proc 8:4:4" on Apple silicon.
    cores: at('number_processors'),
    hyperThreading: /enabled/i.test(at('platform_cpu_htt') ?? ''),
    memory: at('physical_memory'),
    slots: [],
  };
  const memoryItems = sectionItems(root, MEMORY);
  record.slots = findDicts(memoryItems, isSlot).map(slotOf);
  // Apple silicon: one entry giving the total under the data type's own name.
  const unified = memoryItems.find((item) => plistText(item[MEMORY]) !== undefined);
  if (record.slots.length === 0 && unified) {
    record.unified = {
      size: plistText(unified[MEMORY]),
      type: plistText(unified.dimm_type),
      manufacturer: plistText(unified.dimm_manufacturer),
    };
  }
  return record;
}

function isSlot(dict: PlistDict): boolean {
  return 'dimm_size' in dict || 'dimm_status' in dict;
}

function slotOf(dict: PlistDict): MacMemorySlot {
  return {
    name: plistText(dict._name),
    size: plistText(dict.dimm_size),
    type: plistText(dict.dimm_type),
    speed: plistText(dict.dimm_speed),
    status: plistText(dict.dimm_status),
    manufacturer: plistText(dict.dimm_manufacturer),
    partNumber: plistText(dict.dimm_part_number),
    serial: plistText(dict.dimm_serial_number),
  };
}
