// How the hub protects its traffic: HTTPS and WSS with the school's certificate or one it makes
// itself, or plain HTTP where that is harmless or was asked for.
import { z } from 'zod';

const fileSchema = z.string().min(1);

export const hubTlsSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('off') }),
  // The hub makes its own certificate on first start and keeps it in its data folder.
  z.strictObject({ mode: z.literal('self-signed'), nextCertFile: fileSchema.optional() }),
  // The school's certificate and key (PEM), e.g. from its own certificate authority.
  z.strictObject({
    mode: z.literal('files'),
    certFile: fileSchema,
    keyFile: fileSchema,
    nextCertFile: fileSchema.optional(),
  }),
]);
export type HubTls = z.infer<typeof hubTlsSchema>;

/** Addresses only this computer can reach: traffic to them never crosses the school network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The TLS setting from HANDRAISE_TLS (on|off), HANDRAISE_TLS_CERT + HANDRAISE_TLS_KEY and
 * HANDRAISE_TLS_NEXT_CERT (a planned certificate, announced to agents before the switch).
 * Unset, a hub that listens on the network serves HTTPS and one bound to loopback plain HTTP:
 * agents never reach a loopback hub, and local tools and tests keep their http:// address.
 * Returns the raw value; the config schema judges it (so a half-given pair names the setting).
 */
export function tlsFromEnv(env: NodeJS.ProcessEnv, host: string): unknown {
  const wanted = env.HANDRAISE_TLS?.trim().toLowerCase();
  const certFile = env.HANDRAISE_TLS_CERT || undefined;
  const keyFile = env.HANDRAISE_TLS_KEY || undefined;
  const next = env.HANDRAISE_TLS_NEXT_CERT ? { nextCertFile: env.HANDRAISE_TLS_NEXT_CERT } : {};
  if (wanted === 'off') return { mode: 'off' };
  if (wanted !== undefined && wanted !== '' && wanted !== 'on') {
    return { mode: `HANDRAISE_TLS=${wanted} (expected on or off)` };
  }
  if (certFile || keyFile) return { mode: 'files', certFile, keyFile, ...next };
  if (wanted === 'on' || !isLoopbackHost(host)) return { mode: 'self-signed', ...next };
  return { mode: 'off' };
}
