import { z } from 'zod';

/**
 * `duty:set`: the caller says they are on duty (or no longer). There is no user id in it on
 * purpose: a helper changes only their own flag.
 */
export const dutySetSchema = z.strictObject({ onDuty: z.boolean() });
