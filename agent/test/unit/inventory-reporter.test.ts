import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  collectorNoteSchema,
  inventoryReportSchema,
  type Ack,
  type InventoryReport,
  type InventoryReportResult,
} from '@handraise/shared';
import { hashesOf, sampleSections } from '../../../console/src/hub/testing/sample-inventory.ts';
import { createInventoryReporter } from '../../src/core/inventory-reporter.ts';
import { openOutbox, type Outbox } from '../../src/core/outbox.ts';

const NOTES = [{ collector: 'hardware/printers', error: 'lpstat is not installed' }];

/** What a hub from before check-ins without notes requires: notes in every report. */
const notesRequired = z.object({ notes: z.array(collectorNoteSchema) });

describe('the inventory reporter and a hub that wants the notes every time', () => {
  let dir: string;
  let store: Outbox;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'handraise-reporter-'));
    store = openOutbox(join(dir, 'agent.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends them again at once when such a hub refuses a report without them', async () => {
    const sections = sampleSections();
    const received: InventoryReport[] = [];
    const reporter = createInventoryReporter({
      store,
      hashesKey: 'acknowledged-hashes:test',
      collect: async () => ({
        collectedAt: new Date().toISOString(),
        sections,
        hashes: hashesOf(sections),
        notes: NOTES,
      }),
      // The older hub's check: the report's schema, with the notes required.
      send: async (report): Promise<Ack<InventoryReportResult>> => {
        received.push(report as InventoryReport);
        const valid =
          inventoryReportSchema.safeParse(report).success &&
          notesRequired.safeParse(report).success;
        return valid
          ? { ok: true, data: { status: 'stored' } }
          : { ok: false, error: 'invalid-payload' };
      },
      canSend: () => true,
      isClosed: () => false,
      retry: { delayMs: 60_000, maxDelayMs: 60_000, jitter: 0 },
      logger: pino({ level: 'silent' }),
    });

    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    // The first check-in left them out and was refused; the same went again with them.
    expect(received.map((r) => r.notes)).toEqual([NOTES, undefined, NOTES]);
    // Until the next connection it sends them every time, without asking to be refused first.
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(received.at(-1)?.notes).toEqual(NOTES);
    expect(received).toHaveLength(4);
    reporter.connected();
    expect(await reporter.reportInventory({ fresh: true })).toBe(true);
    expect(received.slice(4).map((r) => r.notes)).toEqual([undefined, NOTES]);
    reporter.close();
  });
});
