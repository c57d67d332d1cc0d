// Memory technology numbers, as words ("DDR4"). Two tables exist: the SMBIOS memory device
// type (structure type 17), which Windows gives as `Win32_PhysicalMemory.SMBIOSMemoryType`, and
// Windows' own older `MemoryType` enumeration, which differs below 24 and stops at DDR3 era
// types (modern firmware often leaves it 0). Numbers from the SMBIOS 3.x specification and the
// Win32_PhysicalMemory class documentation.

const SMBIOS_MEMORY_TYPES: ReadonlyMap<number, string> = new Map([
  [3, 'DRAM'],
  [4, 'EDRAM'],
  [5, 'VRAM'],
  [6, 'SRAM'],
  [7, 'RAM'],
  [8, 'ROM'],
  [9, 'Flash'],
  [10, 'EEPROM'],
  [11, 'FEPROM'],
  [12, 'EPROM'],
  [13, 'CDRAM'],
  [14, '3DRAM'],
  [15, 'SDRAM'],
  [16, 'SGRAM'],
  [17, 'RDRAM'],
  [18, 'DDR'],
  [19, 'DDR2'],
  [20, 'DDR2 FB-DIMM'],
  [24, 'DDR3'],
  [25, 'FBD2'],
  [26, 'DDR4'],
  [27, 'LPDDR'],
  [28, 'LPDDR2'],
  [29, 'LPDDR3'],
  [30, 'LPDDR4'],
  [31, 'Logical non-volatile device'],
  [32, 'HBM'],
  [33, 'HBM2'],
  [34, 'DDR5'],
  [35, 'LPDDR5'],
  [36, 'HBM3'],
]);

const WINDOWS_MEMORY_TYPES: ReadonlyMap<number, string> = new Map([
  [2, 'DRAM'],
  [3, 'SDRAM'], // "Synchronous DRAM"
  [5, 'EDO'],
  [6, 'EDRAM'],
  [7, 'VRAM'],
  [8, 'SRAM'],
  [9, 'RAM'],
  [10, 'ROM'],
  [11, 'Flash'],
  [12, 'EEPROM'],
  [13, 'FEPROM'],
  [14, 'EPROM'],
  [15, 'CDRAM'],
  [16, '3DRAM'],
  [17, 'SDRAM'],
  [18, 'SGRAM'],
  [19, 'RDRAM'],
  [20, 'DDR'],
  [21, 'DDR2'],
  [22, 'DDR2 FB-DIMM'],
  [24, 'DDR3'],
  [25, 'FBD2'],
  [26, 'DDR4'],
]);

/** The word for an SMBIOS memory device type; undefined for 1 (Other), 2 (Unknown) and unlisted numbers. */
export function smbiosMemoryType(type: number | undefined): string | undefined {
  return type === undefined ? undefined : SMBIOS_MEMORY_TYPES.get(type);
}

/** The word for Windows' own `Win32_PhysicalMemory.MemoryType`; undefined for 0 (Unknown) and 1 (Other). */
export function windowsMemoryType(type: number | undefined): string | undefined {
  return type === undefined ? undefined : WINDOWS_MEMORY_TYPES.get(type);
}
