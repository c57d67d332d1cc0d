import { decodeText } from '../decode-text.ts';
import type { HardwareFacts } from './hardware-facts.ts';
import { parseSystemProfilerHardware } from './system-profiler-hardware.ts';
import { parseSystemProfilerPower } from './system-profiler-power.ts';

type HardwareParseSource = { describes: string; parse: (bytes: Uint8Array) => HardwareFacts };

/** The saved system_profiler outputs `handraise-agent parse --source NAME FILE` can read. */
export const SYSTEM_PROFILER_PARSE_SOURCES = {
  'system-profiler-hardware': {
    describes: 'system_profiler SPHardwareDataType [SPMemoryDataType] (text or -xml)',
    parse: (bytes) => parseSystemProfilerHardware(decodeText(bytes)),
  },
  'system-profiler-power': {
    describes: 'system_profiler SPPowerDataType (text or -xml): batteries',
    // Batteries only: the power report names no computer.
    parse: (bytes) => ({ identity: {}, batteries: parseSystemProfilerPower(decodeText(bytes)) }),
  },
} satisfies Record<string, HardwareParseSource>;
