// The certificate the hub serves HTTPS and WSS with, and the one it will switch to next.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSelfSignedCertificate } from './self-signed.ts';
import type { HubTls } from './tls-config.ts';

export type HubCertificate = {
  cert: string;
  key: string;
  /** SHA-256 of the certificate's DER, as colon-separated hex: what agents pin. */
  fingerprint: string;
  /** The planned next certificate's fingerprint, announced to agents before the switch. */
  nextFingerprint: string | null;
};

/** A certificate or key the hub cannot use; the message says which file and why. */
export class TlsSetupError extends Error {}

/** Where a hub keeps the certificate it made itself (inside its 0700 data folder's own folder). */
export function selfSignedFiles(dataDir: string) {
  const dir = join(dataDir, 'tls');
  return { dir, cert: join(dir, 'hub-certificate.pem'), key: join(dir, 'hub-key.pem') };
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new TlsSetupError(`cannot read the hub's ${what} at ${path}`);
  }
}

function parseCertificate(text: string, path: string): X509Certificate {
  try {
    return new X509Certificate(text);
  } catch {
    throw new TlsSetupError(`${path} is not a PEM certificate`);
  }
}

/** Writes beside, then renames: a crash never leaves half a key. */
function writePrivate(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

async function selfSigned(dataDir: string, now: Date): Promise<{ cert: string; key: string }> {
  const files = selfSignedFiles(dataDir);
  if (existsSync(files.cert) && existsSync(files.key)) {
    return { cert: readPem(files.cert, 'certificate'), key: readPem(files.key, 'key') };
  }
  const made = await makeSelfSignedCertificate(now);
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  chmodSync(files.dir, 0o700);
  // The key first: a certificate without its key would be made again, a key alone is overwritten.
  writePrivate(files.key, made.key);
  writePrivate(files.cert, made.cert);
  return made;
}

/**
 * The hub's certificate for `tls`, or null for plain HTTP. Makes and keeps a self-signed one on
 * first start; checks that a school's key belongs to its certificate.
 */
export async function loadHubCertificate(
  tls: HubTls | undefined,
  dataDir: string,
  now: Date,
): Promise<HubCertificate | null> {
  if (!tls || tls.mode === 'off') return null;
  const pair =
    tls.mode === 'files'
      ? {
          cert: readPem(tls.certFile, 'certificate (HANDRAISE_TLS_CERT)'),
          key: readPem(tls.keyFile, 'key (HANDRAISE_TLS_KEY)'),
        }
      : await selfSigned(dataDir, now);
  const certPath = tls.mode === 'files' ? tls.certFile : selfSignedFiles(dataDir).cert;
  const certificate = parseCertificate(pair.cert, certPath);
  let keyMatches: boolean;
  try {
    keyMatches = certificate.checkPrivateKey(createPrivateKey(pair.key));
  } catch {
    throw new TlsSetupError(`the hub's key for ${certPath} is not a PEM private key`);
  }
  if (!keyMatches) throw new TlsSetupError(`the hub's key does not belong to ${certPath}`);
  const next = tls.nextCertFile
    ? parseCertificate(readPem(tls.nextCertFile, 'next certificate'), tls.nextCertFile)
    : null;
  return {
    ...pair,
    fingerprint: certificate.fingerprint256,
    nextFingerprint:
      next && next.fingerprint256 !== certificate.fingerprint256 ? next.fingerprint256 : null,
  };
}
