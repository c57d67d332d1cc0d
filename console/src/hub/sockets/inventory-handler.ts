import type { Logger } from 'pino';
import { fail, inventoryReportSchema, ok, type InventoryReport } from '@handraise/shared';
import { claimsFullReport, inflateReport } from '../inflate-report.ts';
import type { InventoryGate } from '../inventory-gate.ts';
import type { AgentCostStore } from '../storage/agent-cost-store.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import type { AgentHandlers, AgentSocket } from './agent-namespace.ts';

export type InventoryHandlerDeps = {
  devices: DevicesStore;
  gate: InventoryGate;
  /** Tells consoles the device changed. */
  publishDevice: (deviceId: string) => Promise<void>;
  /** Where the agent's own cost figures, if the report carries them, are kept. */
  agentCosts: Pick<AgentCostStore, 'record'>;
  /** See AgentNamespaceDeps.onInventoryStored. */
  onInventoryStored?: ((deviceId: string) => Promise<void>) | undefined;
  logger: Logger;
};

/**
 * `inventory:report`. What a report costs is reading it (inflating, parsing up to 20,000 items)
 * and storing it, so the gate (inventory-gate.ts) is asked first: every report counts against the
 * device's rate before anything of it is read, and a full one must be wanted — a plain report
 * shows its kind as it arrives, a compressed one once inflated, still before the schema parse.
 * Anything else is answered `rate-limited`.
 */
export function inventoryHandlers(
  socket: AgentSocket,
  deps: InventoryHandlerDeps,
): Pick<AgentHandlers, 'inventory:report'> {
  const { deviceId } = socket.data;
  const { devices, gate, logger } = deps;

  const admit = (payload: unknown) => {
    if (!gate.takeReport(deviceId)) return 'rate-limited';
    if (claimsFullReport(payload) && !gate.mayReportFull(deviceId)) return 'rate-limited';
    return null;
  };

  return {
    'inventory:report': {
      admit,
      handle: async (incoming) => {
        let report: InventoryReport;
        if ('encoding' in incoming) {
          const inflated = inflateReport(incoming.data);
          if (claimsFullReport(inflated) && !gate.mayReportFull(deviceId))
            return fail('rate-limited');
          const parsed = inventoryReportSchema.safeParse(inflated);
          if (!parsed.success) return fail('invalid-payload');
          report = parsed.data;
        } else {
          report = incoming;
        }
        if (report.kind === 'full') gate.fullReportAccepted(deviceId);
        // Both writes are queued in this turn, so they share one commit (group-commit.ts): the
        // report's acknowledgement waits for one, not two in a row.
        const storing = devices.applyInventory(deviceId, report);
        // Kept whatever became of the sections: the figures describe the agent, not them. A
        // failure to keep them is logged and the report still counts.
        const keepingCost = report.cost
          ? deps.agentCosts
              .record(deviceId, report.cost)
              .catch((error: unknown) =>
                logger.error({ err: error }, "keeping an agent's cost figures failed"),
              )
          : undefined;
        const [outcome] = await Promise.all([storing, keepingCost]);
        if (outcome === 'hash-mismatch') return fail('invalid-payload');
        // The hub's copy differs: the full report the agent sends next is one the hub asked for.
        if (outcome === 'need-full') gate.ask(deviceId);
        if (outcome === 'stored') {
          deps
            .onInventoryStored?.(deviceId)
            .catch((error: unknown) =>
              logger.error({ err: error }, 'judging software after an inventory failed'),
            );
          await deps.publishDevice(deviceId);
        }
        return ok({ status: outcome });
      },
    },
  };
}
