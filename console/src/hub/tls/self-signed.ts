// The hub's own certificate, for a school without one: made once, kept in the data folder. Agents
// pin its fingerprint, so no certificate authority is involved and its names matter only to
// browsers (which warn until someone trusts it).
import { webcrypto } from 'node:crypto';
import { hostname } from 'node:os';
import * as x509 from '@peculiar/x509';

/** Long, because agents pin the certificate itself: a renewal is a planned change for every agent. */
const VALIDITY_DAYS = 10 * 365;
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

/** A new self-signed certificate naming this computer, localhost and the loopback addresses. */
export async function makeSelfSignedCertificate(now: Date, host = hostname()): Promise<PemPair> {
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const names = [...new Set([host, 'localhost'])].map((value) => ({ type: 'dns' as const, value }));
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    // 16 random bytes, positive: serials must not repeat across the certificates a hub makes.
    serialNumber: `01${Buffer.from(webcrypto.getRandomValues(new Uint8Array(15))).toString('hex')}`,
    name: `CN=Handraise hub on ${host.replace(/[,+="<>#;\\]/g, ' ')}`,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + VALIDITY_DAYS * DAY_MS),
    keys,
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...names,
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { cert: certificate.toString('pem') + '\n', key: pem('PRIVATE KEY', pkcs8) };
}
