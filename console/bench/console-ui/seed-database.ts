// The bench's fleet written into a hub's database before the hub opens it, as a school's hub
// finds its computers after a restart: the same simulated computers as the live fleet (their
// full software lists), enrolled and reported through the hub's own stores, offline.
import { join } from 'node:path';
import { systemClock } from '../../src/hub/clock.ts';
import { openSqliteDatabase } from '../../src/hub/storage/database.ts';
import { createDevicesStore } from '../../src/hub/storage/devices-store.ts';
import { fullReport } from '../../src/hub/testing/sample-inventory.ts';
import { deviceProfile } from '../simulation/device-profile.ts';

export async function seedDatabase(dataDir: string, devices: number, site: string): Promise<void> {
  const database = await openSqliteDatabase(join(dataDir, 'hub.sqlite'), 'NORMAL');
  try {
    const store = createDevicesStore(database.db, systemClock);
    for (let index = 0; index < devices; index++) {
      const { hostname, room, sections } = deviceProfile(index);
      const { deviceId } = await store.enroll(
        {
          hostname,
          serial: sections.hardware.serial,
          macs: sections.hardware.network.map((n) => n.mac),
        },
        { site, room },
      );
      const outcome = await store.applyInventory(deviceId, fullReport(sections));
      if (outcome !== 'stored') throw new Error(`seeding ${hostname}: ${outcome}`);
    }
  } finally {
    await database.close();
  }
}
