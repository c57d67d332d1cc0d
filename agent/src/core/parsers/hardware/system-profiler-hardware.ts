import type { HardwareFacts } from './hardware-facts.ts';
import { macHardwareFacts } from './mac-hardware-record.ts';
import { readHardwareText } from './system-profiler-hardware-text.ts';
import { readHardwareXml } from './system-profiler-hardware-xml.ts';
import { isPlistText } from './system-profiler-plist.ts';

/**
 * A Mac's identity, processor and memory from `system_profiler SPHardwareDataType
 * [SPMemoryDataType]`, its `-xml` form, or a full report (whose other sections are ignored).
 * The form is recognised from the text itself. Never throws; fields it cannot read are absent.
 */
export function parseSystemProfilerHardware(text: string): HardwareFacts {
  const record = isPlistText(text) ? readHardwareXml(text) : readHardwareText(text);
  return macHardwareFacts(record);
}
