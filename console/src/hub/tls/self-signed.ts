// The hub's own certificate, for a school without one: made once, kept in the data folder. Agents
// pin its fingerprint, so no certificate authority is involved and its names matter only to
// browsers (which warn until someone trusts it).
import { webcrypto } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import * as x509 from '@peculiar/x509';

/**
 * Apple's limit for a server certificate, which Safari and macOS enforce even for one a person
 * chose to trust. Agents pin the certificate itself, so its end is a planned change: the hub makes
 * the next one ahead of time and announces it (see hub-certificate.ts).
 */
export const VALIDITY_DAYS = 825;
/** ECDSA P-256: fast to make and to use, accepted by every browser and by Node. */
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

// Node's WebCrypto is the standard one; its TypeScript type is declared apart from the DOM's.
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export type PemPair = { cert: string; key: string };

function pem(label: string, der: ArrayBuffer): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * This computer's IPv4 addresses on the school network: the ones the console suggests to agents
 * and installers (admin-routes.ts), so a browser given one finds it among the certificate's names.
 */
export function lanAddresses(): string[] {
  const found = new Set<string>();
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) found.add(address.address);
    }
  }
  return [...found];
}

/**
 * A new self-signed certificate naming this computer, localhost, the loopback addresses and the
 * LAN addresses it has now.
 */
export async function makeSelfSignedCertificate(
  now: Date,
  host = hostname(),
  addresses = lanAddresses(),
): Promise<PemPair> {
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const names = [...new Set([host, 'localhost'])].map((value) => ({ type: 'dns' as const, value }));
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    // 16 random bytes, positive: serials must not repeat across the certificates a hub makes.
    serialNumber: `01${Buffer.from(webcrypto.getRandomValues(new Uint8Array(15))).toString('hex')}`,
    name: `CN=Handraise hub on ${host.replace(/[,+="<>#;\\]/g, ' ')}`,
    // A day early for clocks behind; the whole span, that day included, stays within the limit.
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + (VALIDITY_DAYS - 1) * DAY_MS),
    keys,
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names,
        ...[...new Set(['127.0.0.1', '::1', ...addresses])].map((value) => ({
          type: 'ip' as const,
          value,
        })),
      ]),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { cert: certificate.toString('pem') + '\n', key: pem('PRIVATE KEY', pkcs8) };
}
