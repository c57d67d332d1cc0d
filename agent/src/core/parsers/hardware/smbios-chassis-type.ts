// SMBIOS chassis type numbers (system enclosure, structure type 3), as Windows' CIM
// `Win32_SystemEnclosure.ChassisTypes` and Linux's `/sys/class/dmi/id/chassis_type` give them,
// read as the kind of case, the same kind dmi-chassis.ts gives for dmidecode's words. Numbers
// from the SMBIOS specification, 3.x.
import type { ChassisKind } from './hardware-facts.ts';

const CHASSIS_KIND_BY_TYPE: ReadonlyMap<number, ChassisKind> = new Map([
  [1, 'other'], // Other
  [3, 'desktop'], // Desktop
  [4, 'desktop'], // Low Profile Desktop
  [5, 'desktop'], // Pizza Box
  [6, 'desktop'], // Mini Tower
  [7, 'desktop'], // Tower
  [8, 'laptop'], // Portable
  [9, 'laptop'], // Laptop
  [10, 'laptop'], // Notebook
  [11, 'tablet'], // Hand Held
  [12, 'other'], // Docking Station
  [13, 'all-in-one'], // All in One
  [14, 'laptop'], // Sub Notebook
  [15, 'mini-pc'], // Space-saving
  [16, 'desktop'], // Lunch Box
  [17, 'server'], // Main Server Chassis
  [18, 'other'], // Expansion Chassis
  [19, 'other'], // SubChassis
  [20, 'other'], // Bus Expansion Chassis
  [21, 'other'], // Peripheral Chassis
  [22, 'server'], // RAID Chassis
  [23, 'server'], // Rack Mount Chassis
  [24, 'desktop'], // Sealed-case PC
  [25, 'server'], // Multi-system chassis
  [26, 'other'], // Compact PCI
  [27, 'other'], // Advanced TCA
  [28, 'server'], // Blade
  [29, 'server'], // Blade Enclosure
  [30, 'tablet'], // Tablet
  [31, 'laptop'], // Convertible: a laptop whose screen folds back
  [32, 'laptop'], // Detachable: a tablet with a keyboard to dock, used as a laptop
  [33, 'other'], // IoT Gateway
  [34, 'mini-pc'], // Embedded PC
  [35, 'mini-pc'], // Mini PC
  [36, 'mini-pc'], // Stick PC
]);

/** The kind for one SMBIOS chassis type number; undefined for 2 (Unknown) and numbers not in the table. */
export function chassisKindFromSmbiosType(type: number): ChassisKind | undefined {
  return CHASSIS_KIND_BY_TYPE.get(type);
}

/**
 * The kind for a list of chassis types (Windows gives an array): the first that names a real
 * case wins, so a docked laptop's extra "Docking Station" entry does not hide "Notebook".
 */
export function chassisKindFromSmbiosTypes(types: readonly number[]): ChassisKind | undefined {
  const kinds = types.map(chassisKindFromSmbiosType).filter((kind) => kind !== undefined);
  return kinds.find((kind) => kind !== 'other') ?? kinds[0];
}
