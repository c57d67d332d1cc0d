import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeVerdict,
  inventoryReportSchema,
  type InventoryReport,
  type PendingUpdate,
} from '@handraise/shared';
import { OutdatedEngine } from '../software/outdated-engine.ts';
import { fullReport, sampleSections } from '../testing/sample-inventory.ts';
import { openSqliteDatabase, type HubDatabase } from './database.ts';
import { createDevicesStore } from './devices-store.ts';
import { createOutdatedInputs } from './outdated-inputs.ts';

const WINDOWS = {
  platform: 'windows',
  name: 'Microsoft Windows 11 Pro',
  version: '10.0.26200',
  arch: 'x64',
  hostname: 'lab-pc-07',
} as const;
const EDGE_UPDATE: PendingUpdate = {
  name: 'Microsoft.Edge',
  installedVersion: '23.0',
  availableVersion: '24.1',
  source: 'winget',
  id: 'Microsoft.Edge',
};
// An earlier agent's update: no id.
const ZOOM_UPDATE: PendingUpdate = {
  name: 'Zoom.Zoom',
  installedVersion: '6.1',
  availableVersion: '6.2',
  source: 'winget',
};

const windowsReport = (updates: PendingUpdate[]): InventoryReport =>
  fullReport(
    sampleSections({
      os: WINDOWS,
      software: [
        { name: 'Microsoft Edge', version: '23.0', source: 'registry' },
        { name: 'Zoom Workplace', version: '6.1', source: 'registry' },
      ],
      updates,
    }),
  );

describe('pending updates keep their package id in storage', () => {
  let database: HubDatabase;
  const clock = { now: () => new Date('2026-11-29T08:00:00Z') };

  beforeEach(async () => {
    database = await openSqliteDatabase(':memory:');
  });
  afterEach(() => database.close());

  async function enrolledDevice() {
    const devices = createDevicesStore(database.db, clock);
    const { deviceId } = await devices.enroll(
      { hostname: 'lab-pc-07' },
      { site: null, room: null },
    );
    return { devices, deviceId };
  }

  it('stores the id, gives it back in the detail and to the engine, and none where none came', async () => {
    const { devices, deviceId } = await enrolledDevice();
    const report = inventoryReportSchema.parse(windowsReport([EDGE_UPDATE, ZOOM_UPDATE]));
    expect(await devices.applyInventory(deviceId, report)).toBe('stored');

    const detail = await devices.detail(deviceId, () => false);
    expect(detail?.updates).toEqual([EDGE_UPDATE, ZOOM_UPDATE]);

    const inputs = await createOutdatedInputs(database.db).device(deviceId);
    expect(inputs?.updates).toEqual([EDGE_UPDATE, ZOOM_UPDATE]);
    const engine = new OutdatedEngine(() => '2026-11-29');
    engine.setDevice(inputs!);
    const behind = engine
      .deviceOutdated(deviceId)!
      .filter((line) => line.status === 'behind' && !line.key.startsWith('os:'))
      .map((line) => [line.key, describeVerdict(line)]);
    expect(behind.sort()).toEqual([
      ['edge', 'winget offers 24.1 (Microsoft.Edge)'],
      ['zoom', 'winget offers 6.2'],
    ]);
  });

  it('refuses an update id changed without its hash, keeping the stored one', async () => {
    const { devices, deviceId } = await enrolledDevice();
    await devices.applyInventory(deviceId, windowsReport([EDGE_UPDATE]));
    const tampered = windowsReport([{ ...EDGE_UPDATE }]);
    tampered.sections.updates![0]!.id = 'Contoso.Edge';
    expect(await devices.applyInventory(deviceId, tampered)).toBe('hash-mismatch');
    expect((await devices.detail(deviceId, () => false))?.updates).toEqual([EDGE_UPDATE]);
  });

  it('rejects an id that is not a short string, as bad input', () => {
    const withId = (id: unknown) => {
      const report = windowsReport([{ ...EDGE_UPDATE }]) as unknown as {
        sections: { updates: Record<string, unknown>[] };
      };
      report.sections.updates[0]!.id = id;
      return inventoryReportSchema.safeParse(report).success;
    };
    expect(withId(42)).toBe(false);
    expect(withId(null)).toBe(false);
    expect(withId('x'.repeat(100_000))).toBe(false);
    expect(withId('Microsoft.Edge')).toBe(true);
  });
});
