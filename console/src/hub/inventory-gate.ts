import type { Clock } from './clock.ts';
import { createRateLimiter } from './rate-limiter.ts';
import type { SocketLimits } from './socket-limits.ts';

/** A full report the hub wants from a device, until when (ms since the epoch), and whether the
 * agent was told (`inventory:request`, or `need-full` in an answer). */
type Wanted = { until: number; told: boolean };

/**
 * Which inventory reports the hub accepts from a device. Every report counts against a rate; a
 * full report (every section: the costliest to read and store) also needs the hub to want it —
 * a new enrollment's first report, an answer to hashes out of step, a "Refresh inventory" — or
 * else comes out of the device's small allowance of unasked ones.
 */
export function createInventoryGate(
  limits: Pick<SocketLimits, 'inventoryReports' | 'unaskedFullReports' | 'fullReportAskTtlMs'>,
  clock: Clock,
) {
  const reports = createRateLimiter(limits.inventoryReports, clock);
  const unasked = createRateLimiter(limits.unaskedFullReports, clock);
  const wanted = new Map<string, Wanted>();
  const now = () => clock.now().getTime();

  const open = (deviceId: string): Wanted | undefined => {
    const want = wanted.get(deviceId);
    if (want && want.until > now()) return want;
    wanted.delete(deviceId);
    return undefined;
  };

  return {
    /** A new device: its first report, in full, is the one the hub wants (the agent knows). */
    expectFull(deviceId: string): void {
      if (!open(deviceId))
        wanted.set(deviceId, { until: now() + limits.fullReportAskTtlMs, told: false });
    },
    /**
     * The hub asks this device for a full report. False when it was asked already and has not
     * answered: that one report answers every ask made meanwhile, so it need not be told again.
     */
    ask(deviceId: string): boolean {
      if (open(deviceId)?.told) return false;
      wanted.set(deviceId, { until: now() + limits.fullReportAskTtlMs, told: true });
      return true;
    },
    /** Counts one report of any kind before anything of it is read; false past the rate. */
    takeReport(deviceId: string): boolean {
      return reports.take(deviceId);
    },
    /** Whether a full report would be accepted now; counts nothing (checked before reading it). */
    mayReportFull(deviceId: string): boolean {
      return open(deviceId) !== undefined || unasked.available(deviceId);
    },
    /** A full report was read and accepted: it is the one wanted, or uses the allowance. */
    fullReportAccepted(deviceId: string): void {
      if (open(deviceId)) wanted.delete(deviceId);
      else unasked.take(deviceId);
    },
  };
}

export type InventoryGate = ReturnType<typeof createInventoryGate>;
