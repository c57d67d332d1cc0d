// The hardware and memory fields of the text form of system_profiler: `SPHardwareDataType`
// (`Hardware:` → `Hardware Overview:`), `SPMemoryDataType` (`Memory:`), or the full report where
// these are two sections among many. Labels differ across releases: Mac OS X 10.4 writes
// `Machine Name`, `Machine Model`, `CPU Type`, `Serial Number`; later ones `Model Name`,
// `Model Identifier`, `Processor Name`, `Serial Number (system)`; Apple silicon `Chip`.
import type { MacHardwareRecord, MacMemorySlot } from './mac-hardware-record.ts';
import {
  fieldOf,
  findNodes,
  groupsOf,
  readProfilerTree,
  sectionOf,
  type ProfilerNode,
} from './system-profiler-tree.ts';

/** Reads the hardware overview and the memory slots out of a text report. */
export function readHardwareText(text: string): MacHardwareRecord {
  const root = readProfilerTree(text);
  const hardware = sectionOf(root, 'Hardware');
  const overview = groupsOf(hardware ?? root, 'Hardware Overview')[0] ?? hardware ?? emptyNode();
  const record: MacHardwareRecord = {
    modelName: fieldOf(overview, 'Model Name', 'Machine Name'),
    modelId: fieldOf(overview, 'Model Identifier', 'Machine Model'),
    serial: fieldOf(overview, 'Serial Number (system)', 'Serial Number'),
    uuid: fieldOf(overview, 'Hardware UUID'),
    firmwareVersion: fieldOf(overview, 'System Firmware Version', 'Boot ROM Version'),
    cpuBrand: fieldOf(overview, 'Chip', 'Processor Name', 'CPU Type'),
    cpuSpeed: fieldOf(overview, 'Processor Speed', 'CPU Speed'),
    // 10.4 counted each core as a CPU ("Number Of CPUs: 2" on a dual-core Power Mac G5).
    cores: fieldOf(overview, 'Total Number of Cores', 'Number of CPUs'),
    hyperThreading: isEnabled(fieldOf(overview, 'Hyper-Threading Technology')),
    memory: fieldOf(overview, 'Memory'),
    slots: [],
  };
  const memory = sectionOf(root, 'Memory');
  if (memory) readMemorySection(memory, record);
  return record;
}

// Slots are the groups holding a `Size:` line, at whatever depth: 10.4 lists them straight
// under `Memory:`, later releases under `Memory Slots:` after an `ECC:` line. Apple silicon
// lists no slots, only `Memory: 16 GB`, `Type: LPDDR5`, `Manufacturer: …` for the whole chip.
function readMemorySection(memory: ProfilerNode, record: MacHardwareRecord): void {
  const slots = findNodes(
    memory,
    (node) => node.value === undefined && fieldOf(node, 'Size') !== undefined,
  );
  record.slots = slots.map(slotOf);
  const unifiedSize = fieldOf(memory, 'Memory');
  if (slots.length === 0 && unifiedSize !== undefined) {
    record.unified = {
      size: unifiedSize,
      type: fieldOf(memory, 'Type'),
      manufacturer: fieldOf(memory, 'Manufacturer'),
    };
  }
}

function slotOf(node: ProfilerNode): MacMemorySlot {
  return {
    name: node.label,
    size: fieldOf(node, 'Size'),
    type: fieldOf(node, 'Type'),
    speed: fieldOf(node, 'Speed'),
    status: fieldOf(node, 'Status'),
    manufacturer: fieldOf(node, 'Manufacturer'),
    partNumber: fieldOf(node, 'Part Number'),
    serial: fieldOf(node, 'Serial Number'),
  };
}

function isEnabled(value: string | undefined): boolean {
  return value !== undefined && /^enabled$/i.test(value.trim());
}

const emptyNode = (): ProfilerNode => ({ label: '', children: [] });
