// Operating-system lifecycle: which releases are past their end of support.
import { z } from 'zod';

/**
 * One operating-system release and when its support ends. A device matches when its OS title key
 * is `osKey` and, if given, its version starts with `versionPrefix` and its edition (OS name)
 * contains `edition` (case-insensitive).
 */
export type OsLifecycleEntry = {
  osKey: string;
  release: string;
  versionPrefix: string | null;
  edition: string | null;
  endOfLife: string;
  source: string | null;
};

/** The bundled table (or the imported one), dated. */
export type OsLifecycleTable = { asOf: string; entries: OsLifecycleEntry[] };

/** `PUT /api/software/os-lifecycle`: replaces the table (JSON); `{ "reset": true }` restores the bundled one. */
export const osLifecycleImportSchema = z.union([
  z.strictObject({ text: z.string().min(1).max(1_000_000) }),
  z.strictObject({ reset: z.literal(true) }),
]);
