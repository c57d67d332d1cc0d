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
/** What the hub serves with, once decided. */
export type HubTls = z.infer<typeof hubTlsSchema>;

/**
 * The setting as configured: one of the above, or `auto` (nothing said, listening on the network):
 * its own certificate for a new hub, plain HTTP for one whose computers enrolled over http://
 * (see tls-default.ts), so an upgrade never strands them.
 */
export const hubTlsSettingSchema = z.union([
  hubTlsSchema,
  z.strictObject({ mode: z.literal('auto'), nextCertFile: fileSchema.optional() }),
]);
export type HubTlsSetting = z.infer<typeof hubTlsSettingSchema>;

/** A TLS variable the hub cannot act on; the message names it and says what it takes. */
export class TlsSettingError extends Error {}

/** Addresses only this computer can reach: traffic to them never crosses the school network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The TLS setting from HANDRAISE_TLS (on|off), HANDRAISE_TLS_CERT + HANDRAISE_TLS_KEY and
 * HANDRAISE_TLS_NEXT_CERT (a planned certificate, announced to agents before the switch).
 * Unset, a hub that listens on the network decides at start (`auto`) and one bound to loopback
 * serves plain HTTP: agents never reach a loopback hub, and local tools and tests keep their
 * http:// address. Throws TlsSettingError naming the variable that is wrong.
 */
export function tlsFromEnv(env: NodeJS.ProcessEnv, host: string): HubTlsSetting {
  const wanted = env.HANDRAISE_TLS?.trim().toLowerCase();
  const certFile = env.HANDRAISE_TLS_CERT || undefined;
  const keyFile = env.HANDRAISE_TLS_KEY || undefined;
  const next = env.HANDRAISE_TLS_NEXT_CERT ? { nextCertFile: env.HANDRAISE_TLS_NEXT_CERT } : {};
  if (wanted === 'off') return { mode: 'off' };
  if (wanted !== undefined && wanted !== '' && wanted !== 'on') {
    throw new TlsSettingError(`HANDRAISE_TLS takes on or off, not "${env.HANDRAISE_TLS}"`);
  }
  if (certFile && !keyFile) {
    throw new TlsSettingError(
      "HANDRAISE_TLS_CERT needs HANDRAISE_TLS_KEY too: the PEM file of that certificate's private key",
    );
  }
  if (keyFile && !certFile) {
    throw new TlsSettingError(
      'HANDRAISE_TLS_KEY needs HANDRAISE_TLS_CERT too: the PEM file of the certificate it belongs to',
    );
  }
  if (certFile && keyFile) return { mode: 'files', certFile, keyFile, ...next };
  if (wanted === 'on') return { mode: 'self-signed', ...next };
  if (!isLoopbackHost(host)) return { mode: 'auto', ...next };
  return { mode: 'off' };
}
