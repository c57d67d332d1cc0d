// Tells the hub that this computer's outbox was damaged and replaced: a collector note in every
// inventory for a week (the hub keeps a device's notes from its latest report only, so a note sent
// once would be gone at the next check-in, before anyone had a chance to read it).
import type { CollectedInventory } from '../inventory.ts';
import type { Outbox } from '../outbox.ts';
import { RECOVERY_STATE_KEY, recoveryNote, type OutboxRecovery } from './outbox-recovery.ts';

/** The contract's bound on notes per report (inventoryReportSchema). */
const MAX_REPORT_NOTES = 64;

/** The recovery recorded in the outbox, if any (a value that does not parse counts as none). */
export function recordedRecovery(store: Pick<Outbox, 'getState'>): OutboxRecovery | null {
  const raw = store.getState(RECOVERY_STATE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<OutboxRecovery>;
    return typeof value.at === 'string' &&
      typeof value.reason === 'string' &&
      typeof value.setAside === 'string' &&
      typeof value.carried === 'number' &&
      typeof value.incomplete === 'boolean' &&
      typeof value.screenshotsLost === 'number'
      ? (value as OutboxRecovery)
      : null;
  } catch {
    return null;
  }
}

/** Wraps an inventory collection so that it carries the outbox's recovery note while it is recent. */
export function withRecoveryNote(
  store: Pick<Outbox, 'getState'>,
  collect: () => Promise<CollectedInventory>,
  now: () => number = Date.now,
): () => Promise<CollectedInventory> {
  return async () => {
    const inventory = await collect();
    const recovery = recordedRecovery(store);
    const note = recovery ? recoveryNote(recovery, now()) : null;
    if (!note) return inventory;
    return { ...inventory, notes: [note, ...inventory.notes].slice(0, MAX_REPORT_NOTES) };
  };
}
