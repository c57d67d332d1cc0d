import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hubTlsSettingSchema, tlsFromEnv, TlsSettingError } from './tls/tls-config.ts';

/** Port agents and consoles use unless told otherwise. */
export const DEFAULT_PORT = 7300;

/** Where the hub keeps its database by default: the platform's per-user application data folder. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Handraise');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Handraise');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'handraise');
}

const configSchema = z.strictObject({
  dataDir: z.string().min(1),
  // PostgreSQL instead of SQLite in dataDir (a district's server); checked where it is opened.
  databaseUrl: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65_535),
  // Agents reach the hub over the school LAN, so it listens on every interface unless told not to.
  host: z.string().min(1),
  adminPassword: z.string().min(8).max(1024).optional(),
  enrollToken: z.string().min(8).max(256).optional(),
  corsOrigins: z.array(z.url()),
  // Off unless set: a forwarded-for header from anyone else would let a guesser pick its address.
  trustProxy: z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  // HTTPS and WSS (see tls/tls-config.ts); left out, as tests and embedders may, it is plain HTTP.
  tls: hubTlsSettingSchema.optional(),
});
export type HubConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/**
 * Reads the hub's settings from flags first, then HANDRAISE_* variables, then defaults.
 * Throws ConfigError naming the bad setting.
 */
export function loadHubConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): HubConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'log-level': { type: 'string' },
    },
    strict: true,
  });
  const host = values.host ?? env.HANDRAISE_HOST ?? '0.0.0.0';
  let tls: unknown;
  try {
    tls = tlsFromEnv(env, host);
  } catch (error) {
    // Already one sentence naming the variable: no "invalid setting" prefix to puzzle over.
    if (error instanceof TlsSettingError) throw new ConfigError(error.message);
    throw error;
  }
  const raw = {
    dataDir: values['data-dir'] ?? env.HANDRAISE_DATA_DIR ?? defaultDataDir(env),
    databaseUrl: env.HANDRAISE_DATABASE_URL || undefined,
    port: values.port ?? env.HANDRAISE_PORT ?? DEFAULT_PORT,
    host,
    adminPassword: env.HANDRAISE_ADMIN_PASSWORD || undefined,
    enrollToken: env.HANDRAISE_ENROLL_TOKEN || undefined,
    corsOrigins: (env.HANDRAISE_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.HANDRAISE_TRUST_PROXY?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: values['log-level'] ?? env.HANDRAISE_LOG_LEVEL ?? 'info',
    tls,
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `invalid setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
