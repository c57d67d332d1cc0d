// Memory from dmidecode: type 17 "Memory Device" per slot where the firmware describes it, else
// the older type 6 "Memory Module Information" (SMBIOS 2.0 boards and old dmidecode builds that
// print type 17 without its fields); type 16 "Physical Memory Array" gives the slot count.
import { blocksOfType, dmiField, type DmiBlock } from './dmidecode-blocks.ts';
import { definedOnly, dmiSizeBytes, dmiSpeedMTs, meaningfulField } from './dmi-values.ts';
import type { MemoryFacts, MemoryModuleFacts } from './hardware-facts.ts';
import { jedecMakerFromBankLine, jedecMakerFromHex } from './jedec-makers.ts';
import { meaningful } from './placeholders.ts';

const DEVICE_TYPE = 17;
const MODULE_TYPE = 6;
const ARRAY_TYPE = 16;

/** Memory type words that name no technology. */
const NO_MEMORY_TYPE: ReadonlySet<string> = new Set(['other', 'unknown', 'ram']);
/** Type 6 lists form factor and technology together ("Other DIMM SDRAM"); these are not technology. */
const FORM_WORDS: ReadonlySet<string> = new Set([
  'other',
  'unknown',
  'standard',
  'parity',
  'ecc',
  'simm',
  'dimm',
]);
/** Part numbers are padded with blanks or dashes to their field width ("GSOG42F-18----------"). */
const PART_PADDING = /[-\s]+$/;

function memoryType(text: string | undefined): string | undefined {
  const type = meaningful(text);
  return type === undefined || NO_MEMORY_TYPE.has(type.toLowerCase()) ? undefined : type;
}

function moduleMaker(block: DmiBlock): string | undefined {
  const fromBank = jedecMakerFromBankLine(dmiField(block, 'Module Manufacturer ID'));
  if (fromBank !== undefined) return fromBank;
  const written = meaningful(dmiField(block, 'Manufacturer'));
  if (written === undefined) return undefined;
  return jedecMakerFromHex(written) ?? written;
}

function partNumber(block: DmiBlock): string | undefined {
  return meaningful(meaningful(dmiField(block, 'Part Number'))?.replace(PART_PADDING, ''));
}

function deviceModule(block: DmiBlock): MemoryModuleFacts | undefined {
  const sizeBytes = dmiSizeBytes(dmiField(block, 'Size'));
  if (sizeBytes === undefined) return undefined;
  return definedOnly<MemoryModuleFacts>({
    slot: meaningfulField(block, 'Locator'),
    sizeBytes,
    type: memoryType(dmiField(block, 'Type')),
    speedMTs: dmiSpeedMTs(dmiField(block, 'Speed')),
    manufacturer: moduleMaker(block),
    partNumber: partNumber(block),
    serial: meaningfulField(block, 'Serial Number'),
  });
}

function legacyModule(block: DmiBlock): MemoryModuleFacts | undefined {
  const sizeBytes = dmiSizeBytes(dmiField(block, 'Installed Size'));
  if (sizeBytes === undefined) return undefined;
  const technology = (dmiField(block, 'Type') ?? '')
    .split(/\s+/)
    .filter((word) => word !== '' && !FORM_WORDS.has(word.toLowerCase()))
    .join(' ');
  return definedOnly<MemoryModuleFacts>({
    slot: meaningfulField(block, 'Socket Designation', 'Socket'),
    sizeBytes,
    type: meaningful(technology),
  });
}

/** Slots on the board: the system-memory arrays' device counts added up. */
function arraySlots(blocks: readonly DmiBlock[]): number | undefined {
  const counts = blocksOfType(blocks, ARRAY_TYPE)
    .filter((block) => {
      const use = meaningful(dmiField(block, 'Use'));
      return use === undefined || /system memory/i.test(use);
    })
    .map((block) => Number(dmiField(block, 'Number Of Devices')))
    .filter((count) => Number.isInteger(count) && count > 0);
  return counts.length > 0 ? counts.reduce((sum, count) => sum + count, 0) : undefined;
}

/** Memory modules and slots; undefined when the output describes no memory at all. */
export function readDmiMemory(blocks: readonly DmiBlock[]): MemoryFacts | undefined {
  const devices = blocksOfType(blocks, DEVICE_TYPE);
  // Old dmidecode builds print type 17 headers with no fields; only described devices count.
  const described = devices.filter((block) => dmiField(block, 'Size') !== undefined);
  const legacy = blocksOfType(blocks, MODULE_TYPE);
  const useDevices = described.length > 0;
  const slotBlocks = useDevices ? described : legacy;
  if (slotBlocks.length === 0) return undefined;
  const modules = slotBlocks
    .map((block) => (useDevices ? deviceModule(block) : legacyModule(block)))
    .filter((module): module is MemoryModuleFacts => module !== undefined);
  const slots = arraySlots(blocks) ?? slotBlocks.length;
  const totalBytes = modules.reduce((sum, module) => sum + module.sizeBytes, 0);
  return { ...(totalBytes > 0 ? { totalBytes } : {}), slots, modules };
}
