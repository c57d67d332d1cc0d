import { existsSync, readFileSync } from 'node:fs';
import { refuseForeignFile } from './storage/private-files.ts';
import { z } from 'zod';
import { AgentConfigError } from './agent-config-error.ts';
import { normalizeFingerprint } from './trust/fingerprint.ts';

/** How often a running agent collects and reports, unless configured: hardware and software change slowly. */
export const DEFAULT_INVENTORY_INTERVAL_HOURS = 4;

/** The optional JSON config file (`agent.json` in the data folder, or `--config FILE`). */
export const agentConfigFileSchema = z.strictObject({
  hub: z.url({ protocol: /^https?$/ }).optional(),
  token: z.string().min(8).max(256).optional(),
  // The hub's certificate (SHA-256, as the console's Settings shows it): pinned at enrollment
  // instead of trusting whatever answers first.
  hubFingerprint: z
    .string()
    .refine((value) => normalizeFingerprint(value) !== null, {
      message: "expected a SHA-256 fingerprint (as the console's Settings or openssl shows it)",
    })
    .optional(),
  // Release signing keys (Ed25519, base64) this computer accepts agent updates from; set by the
  // installer, never by the hub, so a hub taken over cannot push code.
  updateKeys: z
    .array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { message: 'an Ed25519 public key in base64' }))
    .min(1)
    .max(4)
    .optional(),
  inventoryIntervalHours: z
    .number()
    .positive()
    .max(24 * 7)
    .optional(),
});
export type AgentConfigFile = z.infer<typeof agentConfigFileSchema>;

export { AgentConfigError };

/** Reads and validates a config file; a missing default file is an empty config. */
export function readAgentConfigFile(path: string, required: boolean): AgentConfigFile {
  if (!existsSync(path)) {
    if (required) throw new AgentConfigError(`config file not found: ${path}`);
    return {};
  }
  // It names the hub and may carry the token: a file another user owns could send us to theirs.
  refuseForeignFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AgentConfigError(`config file is not valid JSON: ${path}`);
  }
  const parsed = agentConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgentConfigError(
      `config file ${path}: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
