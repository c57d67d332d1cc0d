// The hardware facts in a full dmidecode output, any version: the computer's identity (types 0–3),
// processor (4), memory (6, 16, 17) and batteries (22). Only the first structure of types 0–3
// counts; boards that repeat them describe the same thing again.
import { decodeText } from '../decode-text.ts';
import { blocksOfType, dmiField, splitDmiBlocks, type DmiBlock } from './dmidecode-blocks.ts';
import { readDmiBatteries } from './dmi-batteries.ts';
import { chassisKindFromWord, isVirtualMachine } from './dmi-chassis.ts';
import { readDmiCpu } from './dmi-cpu.ts';
import { readDmiMemory } from './dmi-memory.ts';
import { definedOnly, dmiDate, meaningfulField } from './dmi-values.ts';
import type { FirmwareFacts, HardwareFacts, IdentityFacts } from './hardware-facts.ts';
import { meaningful } from './placeholders.ts';

const BIOS_TYPE = 0;
const SYSTEM_TYPE = 1;
const BOARD_TYPE = 2;
const CHASSIS_TYPE = 3;

/** Dell writes "SKU=NotProvided;ModelName=PowerEdge R620"; the SKU is the part before ";". */
const KEYED_SKU = /^SKU=([^;]*)/i;
/** Lenovo's product name is the machine type ("20HRCTO1WW"); its version field is the name. */
const LENOVO = /^lenovo$/i;

const first = (blocks: readonly DmiBlock[], type: number): DmiBlock | undefined =>
  blocksOfType(blocks, type)[0];

function firmware(bios: DmiBlock | undefined): FirmwareFacts | undefined {
  const facts = definedOnly({
    vendor: meaningfulField(bios, 'Vendor'),
    version: meaningfulField(bios, 'Version'),
    releaseDate: dmiDate(dmiField(bios, 'Release Date', 'Release')),
  });
  return Object.keys(facts).length > 0 ? facts : undefined;
}

function sku(system: DmiBlock | undefined): string | undefined {
  const written = meaningfulField(system, 'SKU Number');
  if (written === undefined) return undefined;
  const keyed = KEYED_SKU.exec(written);
  return keyed ? meaningful(keyed[1]?.replace(/^not ?provided$/i, '')) : written;
}

/** Model name and model code, with Lenovo's fields put the other way round. */
function modelAndId(system: DmiBlock | undefined, maker: string | undefined) {
  const product = meaningfulField(system, 'Product Name', 'Product');
  const version = meaningfulField(system, 'Version');
  if (maker !== undefined && LENOVO.test(maker) && version !== undefined && product !== undefined) {
    return { model: version, modelId: product };
  }
  const code = sku(system);
  return { model: product, modelId: code === product ? undefined : code };
}

function board(block: DmiBlock | undefined): IdentityFacts['board'] {
  const facts = definedOnly({
    manufacturer: meaningfulField(block, 'Manufacturer', 'Vendor'),
    model: meaningfulField(block, 'Product Name', 'Product'),
    serial: meaningfulField(block, 'Serial Number'),
  });
  return Object.keys(facts).length > 0 ? facts : undefined;
}

function identity(blocks: readonly DmiBlock[]): IdentityFacts {
  const system = first(blocks, SYSTEM_TYPE);
  const chassis = first(blocks, CHASSIS_TYPE);
  const manufacturer = meaningfulField(system, 'Manufacturer', 'Vendor');
  const { model, modelId } = modelAndId(system, manufacturer);
  const boardFacts = board(first(blocks, BOARD_TYPE));
  const virtual = isVirtualMachine(
    manufacturer,
    model,
    boardFacts?.manufacturer,
    boardFacts?.model,
  );
  return definedOnly({
    manufacturer,
    model,
    modelId,
    // The case's own label is the fallback when the system record carries no serial.
    serial: meaningfulField(system, 'Serial Number') ?? meaningfulField(chassis, 'Serial Number'),
    uuid: meaningfulField(system, 'UUID'),
    assetTag: meaningfulField(chassis, 'Asset Tag'),
    chassis: virtual
      ? 'virtual-machine'
      : chassisKindFromWord(dmiField(chassis, 'Type', 'Chassis Type')),
    firmware: firmware(first(blocks, BIOS_TYPE)),
    board: boardFacts,
  });
}

/** Everything a dmidecode output says about the hardware; odd text gives fewer facts, never an error. */
export function parseDmidecode(text: string): HardwareFacts {
  const blocks = splitDmiBlocks(text);
  const cpu = readDmiCpu(blocks);
  const memory = readDmiMemory(blocks);
  return {
    identity: identity(blocks),
    ...(cpu === undefined ? {} : { cpu }),
    ...(memory === undefined ? {} : { memory }),
    batteries: readDmiBatteries(blocks),
  };
}

/** The saved outputs this reader understands, for `handraise-agent parse --source NAME FILE`. */
export const DMIDECODE_PARSE_SOURCES = {
  dmidecode: {
    describes: 'dmidecode (full output, any version)',
    parse: (bytes: Uint8Array): HardwareFacts => parseDmidecode(decodeText(bytes)),
  },
};
