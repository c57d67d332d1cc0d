// Test support: many enrolled devices written through the hub's own stores (enroll, then a full
// inventory each), without 10,000 HTTP enrollments and sockets. Devices seeded this way are
// offline (no agent socket); real agents are added separately where a test needs one live.
import { systemClock } from '../../../src/hub/clock.ts';
import type { HubDatabase } from '../../../src/hub/storage/database.ts';
import { createDevicesStore } from '../../../src/hub/storage/devices-store.ts';
import { fullReport } from '../../../src/hub/testing/sample-inventory.ts';
import { deviceProfile, type DeviceProfile } from '../../../bench/simulation/device-profile.ts';

/** Seeded devices with a trimmed software list: the table test needs rows, not package lists. */
const SOFTWARE_PER_SEEDED_DEVICE = 6;

export type SeededDevice = { deviceId: string; profile: DeviceProfile };

/** Enrolls `count` simulated computers (profiles from the bench simulation) and stores inventories. */
export async function seedFleet(
  database: HubDatabase,
  count: number,
  options: { fullSoftware?: boolean; firstIndex?: number } = {},
): Promise<SeededDevice[]> {
  const devices = createDevicesStore(database.db, systemClock);
  const seeded: SeededDevice[] = [];
  const first = options.firstIndex ?? 0;
  for (let index = first; index < first + count; index++) {
    const profile = deviceProfile(index);
    const sections = options.fullSoftware
      ? profile.sections
      : {
          ...profile.sections,
          software: profile.sections.software.slice(0, SOFTWARE_PER_SEEDED_DEVICE),
          updates: profile.sections.updates.slice(0, 2),
        };
    const { deviceId } = await devices.enroll(
      {
        hostname: profile.hostname,
        serial: profile.sections.hardware.serial,
        macs: profile.sections.hardware.network.map((n) => n.mac),
      },
      { site: null, room: profile.room },
    );
    const outcome = await devices.applyInventory(deviceId, fullReport(sections));
    if (outcome !== 'stored') throw new Error(`seeding ${profile.hostname}: ${outcome}`);
    seeded.push({ deviceId, profile: { ...profile, sections } });
  }
  return seeded;
}
