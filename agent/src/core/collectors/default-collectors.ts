import type {
  DeviceState,
  Hardware,
  Hotfix,
  OsInfo,
  PendingUpdate,
  SoftwareItem,
} from '@handraise/shared';
import { collectDeviceDetails, type DeviceDetails } from './device-details.ts';
import { collectHardware } from './hardware.ts';
import { withDetails } from './hardware-with-details.ts';
import { Noted } from './noted.ts';
import { collectOs } from './os.ts';
import type { CollectorOptions } from './platform-collectors.ts';
import { collectorsFor, runCollectors } from './software.ts';

/** Each collector's value, or the value with notes on the facts it lacks. */
export type Collectors = {
  os: () => Promise<OsInfo>;
  hardware: () => Promise<Hardware | Noted<Hardware>>;
  software: () => Promise<SoftwareItem[]>;
  updates: () => Promise<PendingUpdate[]>;
  hotfixes: () => Promise<Hotfix[]>;
  state: () => Promise<DeviceState | Noted<DeviceState>>;
};

/**
 * The platform's package collectors are loaded before any collector starts, so that the
 * slowest tool (apt, or winget) is the first one started.
 */
export async function defaultCollectors(options: CollectorOptions): Promise<Collectors> {
  const platform = await collectorsFor(process.platform, options);
  // One reading of the platform's details serves both sections (one PowerShell run on Windows).
  let details: Promise<DeviceDetails> | undefined;
  const readDetails = () => (details ??= collectDeviceDetails());
  return {
    os: () => collectOs(),
    hardware: async () => {
      const [base, more] = await Promise.all([
        collectHardware(),
        readDetails().then(
          (found) => found.hardware,
          (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
        ),
      ]);
      return withDetails(base, more);
    },
    software: () => runCollectors(platform.software),
    updates: () => runCollectors(platform.updates),
    hotfixes: () => runCollectors(platform.hotfixes),
    state: async () => {
      const { state } = await readDetails();
      if (state.value === undefined) {
        throw new Error(state.notes.map((entry) => entry.error).join('; ') || 'no state readers');
      }
      return new Noted(state.value, state.notes);
    },
  };
}
