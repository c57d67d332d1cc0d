// Batteries from dmidecode type 22 "Portable Battery". A Smart Battery reports its own serial,
// date and chemistry in the SBDS fields and leaves the plain ones blank; older firmware fills
// the plain ones. Either may be the one with the value.
import { blocksOfType, dmiField, type DmiBlock } from './dmidecode-blocks.ts';
import { definedOnly, dmiDate, meaningfulField } from './dmi-values.ts';
import type { BatteryFacts } from './hardware-facts.ts';

const BATTERY_TYPE = 22;
/** "48000 mWh"; 0 means the firmware does not know. */
const CAPACITY_MWH = /^(\d+)\s*mWh$/i;
const MULTIPLIER = /^(\d+)$/;

/** Smart Battery Data Specification chemistry codes → the SMBIOS words for the same cells. */
const SBDS_CHEMISTRY: ReadonlyMap<string, string> = new Map([
  ['lion', 'Lithium Ion'],
  ['li-ion', 'Lithium Ion'],
  ['lip', 'Lithium Polymer'],
  ['lipo', 'Lithium Polymer'],
  ['nimh', 'Nickel Metal Hydride'],
  ['nicd', 'Nickel Cadmium'],
  ['pbac', 'Lead Acid'],
  ['znar', 'Zinc Air'],
]);

function chemistry(block: DmiBlock): string | undefined {
  const written = meaningfulField(block, 'Chemistry', 'SBDS Chemistry');
  if (written === undefined) return undefined;
  return SBDS_CHEMISTRY.get(written.toLowerCase()) ?? written;
}

function designCapacityMWh(block: DmiBlock): number | undefined {
  const capacity = Number(
    CAPACITY_MWH.exec(dmiField(block, 'Design Capacity')?.trim() ?? '')?.[1] ?? 0,
  );
  if (capacity <= 0) return undefined;
  // SMBIOS 2.2+ stores a multiplier beside the capacity for packs above 65535 mWh.
  const multiplier = Number(
    MULTIPLIER.exec(dmiField(block, 'Design Capacity Multiplier')?.trim() ?? '')?.[1] ?? 1,
  );
  return capacity * (multiplier > 0 ? multiplier : 1);
}

function battery(block: DmiBlock): BatteryFacts {
  return definedOnly<BatteryFacts>({
    name: meaningfulField(block, 'Name'),
    manufacturer: meaningfulField(block, 'Manufacturer', 'SBDS Manufacturer'),
    serial: meaningfulField(block, 'Serial Number', 'SBDS Serial Number'),
    chemistry: chemistry(block),
    designCapacityMWh: designCapacityMWh(block),
    manufactureDate:
      dmiDate(dmiField(block, 'Manufacture Date')) ??
      dmiDate(dmiField(block, 'SBDS Manufacture Date')),
  });
}

/** One entry per battery the firmware lists. */
export function readDmiBatteries(blocks: readonly DmiBlock[]): BatteryFacts[] {
  return blocksOfType(blocks, BATTERY_TYPE).map(battery);
}
