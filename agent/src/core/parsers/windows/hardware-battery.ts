// Batteries from the hardware script's root/WMI parts (BatteryStatic, BatteryFullCharge,
// BatteryCycles: milliwatt-hours, joined by InstanceName) and Win32_Battery (Batteries: name
// and chemistry). Win32_Battery has no InstanceName; the two lists are in the same order.
import type { BatteryFacts } from '../hardware/hardware-facts.ts';
import { recordNumber, recordText, type JsonRecord } from './powershell-json.ts';
import { assign, partRecords, positiveNumber, recordMeaningful } from './hardware-json-root.ts';

/** Win32_Battery.Chemistry codes, in the words dmidecode uses for the same SMBIOS values. */
const WIN32_CHEMISTRY: ReadonlyMap<number, string> = new Map([
  [3, 'Lead Acid'],
  [4, 'Nickel Cadmium'],
  [5, 'Nickel Metal Hydride'],
  [6, 'Lithium Ion'],
  [7, 'Zinc Air'],
  [8, 'Lithium Polymer'],
]);

/** BatteryStaticData.Chemistry is the driver's four-letter tag ("LION") packed little-endian. */
const CHEMISTRY_TAGS: ReadonlyMap<string, string> = new Map([
  ['LION', 'Lithium Ion'],
  ['LI-I', 'Lithium Ion'],
  ['LIP', 'Lithium Polymer'],
  ['LIPO', 'Lithium Polymer'],
  ['NIMH', 'Nickel Metal Hydride'],
  ['NICD', 'Nickel Cadmium'],
  ['PBAC', 'Lead Acid'],
]);

const BYTE_BITS = 8;
const TAG_BYTES = 4;
const PERCENT = 100;
const TENTHS = 10;

/** One entry per battery; none for a computer without one. */
export function readWindowsBatteries(root: JsonRecord): BatteryFacts[] {
  const statics = partRecords(root, 'BatteryStatic');
  const fullCharges = partRecords(root, 'BatteryFullCharge');
  const cycles = partRecords(root, 'BatteryCycles');
  const win32 = partRecords(root, 'Batteries');
  const batteries: BatteryFacts[] = [];
  for (let index = 0; index < Math.max(statics.length, win32.length); index += 1) {
    const staticData = statics[index];
    const instance = staticData && recordText(staticData, 'InstanceName');
    const battery = readBattery(
      staticData,
      matching(fullCharges, instance, index),
      matching(cycles, instance, index),
      win32[index],
    );
    if (Object.keys(battery).length > 0) batteries.push(battery);
  }
  return batteries;
}

function readBattery(
  staticData: JsonRecord | undefined,
  fullCharge: JsonRecord | undefined,
  cycles: JsonRecord | undefined,
  win32: JsonRecord | undefined,
): BatteryFacts {
  const battery: BatteryFacts = {};
  assign(
    battery,
    'name',
    (win32 && recordMeaningful(win32, 'Name')) ??
      (staticData && recordMeaningful(staticData, 'DeviceName')),
  );
  assign(battery, 'manufacturer', staticData && recordMeaningful(staticData, 'ManufactureName'));
  assign(battery, 'serial', staticData && recordMeaningful(staticData, 'SerialNumber'));
  assign(
    battery,
    'chemistry',
    chemistryFromTag(staticData && recordNumber(staticData, 'Chemistry')) ??
      WIN32_CHEMISTRY.get((win32 && recordNumber(win32, 'Chemistry')) ?? 0),
  );
  const design = positiveNumber(staticData?.DesignedCapacity);
  const full = positiveNumber(fullCharge?.FullChargedCapacity);
  assign(battery, 'designCapacityMWh', design);
  assign(battery, 'fullChargeCapacityMWh', full);
  const cycleCount = cycles && recordNumber(cycles, 'CycleCount');
  if (cycleCount !== undefined && cycleCount >= 0) battery.cycleCount = cycleCount;
  if (design !== undefined && full !== undefined) {
    battery.healthPercent = Math.round((full / design) * PERCENT * TENTHS) / TENTHS;
  }
  return battery;
}

/** The record for the same battery: by InstanceName, else by position. */
function matching(
  records: readonly JsonRecord[],
  instance: string | undefined,
  index: number,
): JsonRecord | undefined {
  if (instance !== undefined) {
    const named = records.find((record) => recordText(record, 'InstanceName') === instance);
    if (named) return named;
  }
  return records[index];
}

function chemistryFromTag(packed: number | undefined): string | undefined {
  if (packed === undefined || packed <= 0) return undefined;
  let tag = '';
  for (let byte = 0; byte < TAG_BYTES; byte += 1) {
    const code = Math.floor(packed / 2 ** (byte * BYTE_BITS)) % 2 ** BYTE_BITS;
    if (code !== 0) tag += String.fromCharCode(code);
  }
  return CHEMISTRY_TAGS.get(tag.trim().toUpperCase());
}
