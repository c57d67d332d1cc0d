// The hub's word just before it ends this computer's connection for good. Without it, a connection
// the hub ends reads as one a newer connection with this computer's secret replaced.
import { z } from 'zod';
import { HUB_REFUSALS, type HubRefusal } from './hub-refusal.ts';

const hubFarewellSchema = z.object({ reason: z.enum(HUB_REFUSALS) });

/** The refusal the hub announced, or null for a payload this agent cannot read. */
export function farewellRefusal(payload: unknown): HubRefusal | null {
  const parsed = hubFarewellSchema.safeParse(payload);
  return parsed.success ? parsed.data.reason : null;
}
