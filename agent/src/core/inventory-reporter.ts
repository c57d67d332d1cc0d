import type { Logger } from 'pino';
import type {
  Ack,
  CollectorNote,
  InventoryReport,
  InventoryReportResult,
  SectionHashes,
} from '@handraise/shared';
import { createBackoff, type BackoffOptions } from './backoff.ts';
import type { CostMeter, CostReading } from './cost/cost-meter.ts';
import type { CollectedInventory } from './inventory.ts';
import { deltaReport, fullReport, notesHash } from './inventory-report.ts';
import type { Outbox } from './outbox.ts';
import { encodeReport } from './report-encoding.ts';

/** A check-in shortly after a collection reuses it: reconnects should not re-run every collector. */
export const REUSE_COLLECTION_MS = 10 * 60_000;

export type InventoryReporterOptions = {
  /** Where the hashes the hub last acknowledged are kept, under `hashesKey`. */
  store: Outbox;
  hashesKey: string;
  collect: () => Promise<CollectedInventory>;
  /** Sends `inventory:report` and waits (bounded) for the hub's answer; rejects on timeout. */
  send: (report: ReturnType<typeof encodeReport>) => Promise<Ack<InventoryReportResult>>;
  /** Whether a report may go now (connected, not closed). */
  canSend: () => boolean;
  isClosed: () => boolean;
  retry: BackoffOptions;
  costMeter?: CostMeter | undefined;
  logger: Logger;
};

/**
 * Reports the inventory: a delta against what the hub last acknowledged, or everything when the
 * hub has nothing or asks for it; a report the hub defers goes again later and later. Each report
 * carries the agent's cost since the last acknowledged one.
 */
export function createInventoryReporter(options: InventoryReporterOptions) {
  const { store, hashesKey, logger } = options;
  let lastCollection: { at: number; inventory: CollectedInventory } | null = null;
  let retryTimer: NodeJS.Timeout | undefined;
  const retryBackoff = createBackoff(options.retry);
  // A hub older than the `cost` field refuses a report carrying it as invalid; such a report is
  // sent again without it, and none carries it until the next connection (maybe a newer hub).
  let hubTakesCost = true;
  // Likewise a hub older than check-ins without notes (absent: unchanged) refuses one; it gets the
  // notes every time until the next connection.
  let hubKeepsNotes = true;
  // The notes the hub last acknowledged, as notesHash; kept beside the hashes.
  const notesKey = `${hashesKey}:notes`;

  const acknowledgedHashes = (): SectionHashes | null => {
    const stored = store.getState(hashesKey);
    return stored ? (JSON.parse(stored) as SectionHashes) : null;
  };

  async function collect(fresh: boolean): Promise<CollectedInventory> {
    if (!fresh && lastCollection && Date.now() - lastCollection.at < REUSE_COLLECTION_MS)
      return lastCollection.inventory;
    const inventory = await options.collect();
    // A collection is when the agent's memory peaks: the meter looks now.
    options.costMeter?.sample();
    lastCollection = { at: Date.now(), inventory };
    return inventory;
  }

  async function sendReport(
    report: InventoryReport,
    notes: CollectorNote[],
    cost: CostReading | undefined,
  ) {
    let plain = report;
    const withCost = () => (cost && hubTakesCost ? { ...plain, cost: cost.cost } : plain);
    let ack = await options.send(encodeReport(withCost()));
    const refused = () => !ack.ok && ack.error === 'invalid-payload' && !options.isClosed();
    if (refused() && plain.notes === undefined) {
      hubKeepsNotes = false;
      logger.info('the hub needs the notes in every report; sending them');
      plain = { ...plain, notes };
      ack = await options.send(encodeReport(withCost()));
    }
    if (refused() && cost && hubTakesCost) {
      hubTakesCost = false;
      logger.info('the hub does not take the agent cost figures; reporting without them');
      ack = await options.send(encodeReport(plain));
    }
    return ack;
  }

  /** Collects (or reuses a recent collection) and reports it; returns the hub's verdict. */
  async function reportInventory(opts: { fresh?: boolean; full?: boolean } = {}): Promise<boolean> {
    const inventory = await collect(opts.fresh ?? false);
    if (options.isClosed()) return false;
    const acknowledged = opts.full ? null : acknowledgedHashes();
    let full = !acknowledged;
    const cost = options.costMeter?.read(inventory.durationsMs);
    const notesSent = notesHash(inventory.notes);
    const notesAcknowledged = store.getState(notesKey);
    try {
      let ack = await sendReport(
        acknowledged
          ? deltaReport(inventory, acknowledged, hubKeepsNotes ? notesAcknowledged : null)
          : fullReport(inventory),
        inventory.notes,
        cost,
      );
      if (ack.ok && ack.data.status === 'need-full') {
        full = true;
        ack = await sendReport(fullReport(inventory), inventory.notes, cost);
      }
      // Closed meanwhile: the store may be closed too; the next start checks in again.
      if (options.isClosed()) return false;
      if (!ack.ok && ack.error === 'rate-limited') {
        // The hub still holds what it acknowledged last: keep the hashes, send this again later.
        const retryInMs = retryLater({ full });
        logger.info({ retryInMs }, 'inventory report deferred: the hub asks for fewer reports');
        return false;
      }
      if (!ack.ok || ack.data.status === 'need-full') {
        store.setState(hashesKey, '');
        logger.warn({ error: ack.ok ? 'need-full' : ack.error }, 'inventory report refused');
        return false;
      }
      store.setState(hashesKey, JSON.stringify(inventory.hashes));
      if (notesAcknowledged !== notesSent) store.setState(notesKey, notesSent);
      if (cost && hubTakesCost) options.costMeter?.settle(cost);
      clearTimeout(retryTimer);
      retryBackoff.reset();
      logger.info({ status: ack.data.status, notes: inventory.notes.length }, 'inventory reported');
      return true;
    } catch (error) {
      logger.warn({ err: error }, 'inventory report not acknowledged');
      return false;
    }
  }

  /** One retry at a time, each later than the last; a report that goes through resets it. */
  function retryLater(opts: { full: boolean }): number {
    clearTimeout(retryTimer);
    const delayMs = retryBackoff.next();
    retryTimer = setTimeout(() => {
      // Disconnected meanwhile: the next connection reports anyway.
      if (options.canSend()) void reportInventory(opts);
    }, delayMs);
    return delayMs;
  }

  return {
    reportInventory,
    /** A new connection: maybe to a newer hub, which takes the figures. */
    connected(): void {
      options.costMeter?.connected();
      hubTakesCost = true;
      hubKeepsNotes = true;
    },
    close(): void {
      clearTimeout(retryTimer);
    },
  };
}
