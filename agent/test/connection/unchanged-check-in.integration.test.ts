// An unchanged check-in carries the collectors' notes only when they changed since the hub last
// acknowledged them, against a real hub: the hub keeps the notes it has when a report leaves them
// out, and takes new ones (or none) when they come. The unchanged check-in stays under DESIGN's
// 1 KB on the wire.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { describe, expect, test } from 'vitest';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type CollectorNote,
  type DeviceDetail,
  type InventoryReport,
  type InventoryReportResult,
} from '@handraise/shared';
import { hashesOf, sampleSections } from '../../../console/src/hub/testing/sample-inventory.ts';
import { startTestHub, whenConnected } from '../../../console/src/hub/testing/test-hub.ts';
import { socketIoEventBytes } from '../../bench/wire-bytes.ts';
import type { CollectedInventory } from '../../src/core/inventory.ts';
import { createInventoryReporter } from '../../src/core/inventory-reporter.ts';
import { openOutbox } from '../../src/core/outbox.ts';

/** DESIGN.md: an unchanged check-in under 1 KB on the wire. */
const UNCHANGED_CHECK_IN_LIMIT_BYTES = 1024;

/** About the notes a container or a desktop without some tools gives: nine, some 800 bytes. */
const NOTES: CollectorNote[] = [
  { collector: 'hardware/model', error: "running in a container: the host's model is not visible" },
  {
    collector: 'hardware/dmi',
    error:
      'no firmware tables (/sys/devices/virtual/dmi/id is absent): firmware, chassis and asset tag unknown',
  },
  { collector: 'hardware/memory-modules', error: 'dmidecode is not installed' },
  { collector: 'hardware/disk-health', error: 'needs smartctl and root; not read' },
  {
    collector: 'hardware/displays',
    error: 'no graphics device (/sys/class/drm is not readable or absent)',
  },
  { collector: 'hardware/printers', error: 'lpstat is not installed' },
  { collector: 'hardware/batteries', error: 'no battery' },
  { collector: 'state/last-logged-in-user', error: 'no login among the newest 25 wtmp records' },
  { collector: 'state/wifi-ssid', error: 'no Wi-Fi interface' },
];

describe('an unchanged check-in', () => {
  test('leaves out notes the hub already has, and the hub keeps them', async ({
    onTestFinished,
  }) => {
    const t = await startTestHub();
    onTestFinished(() => t.close());
    const admin = await t.signIn();
    const device = await t.enroll('notes-pc');
    const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
    const store = openOutbox(join(dir, 'agent.sqlite'));
    onTestFinished(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const socket = await whenConnected(
      io(`${t.hub.url}${AGENT_NAMESPACE}`, {
        auth: { ...device, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
        reconnection: false,
        transports: ['websocket'],
      }),
    );
    onTestFinished(() => void socket.disconnect());

    const sections = sampleSections();
    let notes = NOTES;
    const sent: InventoryReport[] = [];
    const reporter = createInventoryReporter({
      store,
      hashesKey: `acknowledged-hashes:${t.hub.url}:${device.deviceId}`,
      collect: async (): Promise<CollectedInventory> => ({
        collectedAt: new Date().toISOString(),
        sections,
        hashes: hashesOf(sections),
        notes,
      }),
      send: async (report) => {
        sent.push(report as InventoryReport);
        return (await socket
          .timeout(5_000)
          .emitWithAck('inventory:report', report)) as Ack<InventoryReportResult>;
      },
      canSend: () => socket.connected,
      isClosed: () => false,
      retry: { delayMs: 60_000, maxDelayMs: 60_000, jitter: 0 },
      logger: pino({ level: 'silent' }),
    });
    onTestFinished(() => reporter.close());
    const notesOnHub = async () => {
      const { body } = await t.http<DeviceDetail>(`/api/devices/${device.deviceId}`, {
        token: admin,
      });
      if (!body.ok) throw new Error(body.error);
      return body.data.notes;
    };

    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(sent[0]).toMatchObject({ kind: 'full', notes: NOTES });
    expect(await notesOnHub()).toEqual(NOTES);

    // Nothing changed: the hashes alone, under a kilobyte, and the hub still has the notes.
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    const unchanged = sent[1]!;
    expect(unchanged).toMatchObject({ kind: 'delta', sections: {} });
    expect(unchanged).not.toHaveProperty('notes');
    expect(socketIoEventBytes('inventory:report', unchanged)).toBeLessThan(
      UNCHANGED_CHECK_IN_LIMIT_BYTES,
    );
    expect(await notesOnHub()).toEqual(NOTES);

    // A note went away (the battery was found): the new notes go, and the hub takes them.
    notes = NOTES.filter((note) => note.collector !== 'hardware/batteries');
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(sent[2]).toMatchObject({ kind: 'delta', notes });
    expect(await notesOnHub()).toEqual(notes);

    // No notes at all is news too: an empty list goes, once.
    notes = [];
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(sent[3]).toMatchObject({ kind: 'delta', notes: [] });
    expect(await notesOnHub()).toEqual([]);
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(sent[4]).not.toHaveProperty('notes');
    expect(sent).toHaveLength(5);
  });
});
