// The certificate the hub serves HTTPS and WSS with, and the one it will switch to next.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeSelfSignedCertificate, type PemPair } from './self-signed.ts';
import type { HubTls } from './tls-config.ts';

export type HubCertificate = {
  cert: string;
  key: string;
  /** SHA-256 of the certificate's DER, as colon-separated hex: what agents pin. */
  fingerprint: string;
  /** The planned next certificate's fingerprint, announced to agents before the switch. */
  nextFingerprint: string | null;
};

/** Where the hub says what it did with its certificates (a pino logger fits). */
export type TlsLog = { info(message: string): void; warn(message: string): void };
const SILENT: TlsLog = { info: () => {}, warn: () => {} };

/** A certificate or key the hub cannot use; the message says which file and why. */
export class TlsSetupError extends Error {}

const DAY_MS = 86_400_000;
/** How long before its own certificate ends the hub makes the next one and announces it. */
export const RENEW_DAYS_BEFORE_END = 30;

/** Where a hub keeps the certificates it made itself (inside its 0700 data folder's own folder). */
export function selfSignedFiles(dataDir: string) {
  const dir = join(dataDir, 'tls');
  return {
    dir,
    cert: join(dir, 'hub-certificate.pem'),
    key: join(dir, 'hub-key.pem'),
    nextCert: join(dir, 'next-hub-certificate.pem'),
    nextKey: join(dir, 'next-hub-key.pem'),
  };
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new TlsSetupError(`cannot read the hub's ${what} at ${path}`);
  }
}

function parseCertificate(text: string, path: string, setting?: string): X509Certificate {
  try {
    return new X509Certificate(text);
  } catch {
    const named = setting ? ` (${setting})` : '';
    throw new TlsSetupError(`${path}${named} is not a PEM certificate`);
  }
}

/** Writes beside, then renames: a crash never leaves half a key. */
function writePrivate(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

/** Saves a pair, the key first: a certificate without its key would be made again. */
function savePair(pair: PemPair, certPath: string, keyPath: string, dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  writePrivate(keyPath, pair.key);
  writePrivate(certPath, pair.cert);
}

/**
 * The hub's own certificate and, near its end, the next one. Agents pin certificates, so a new one
 * cannot simply replace the old: with under RENEW_DAYS_BEFORE_END days left the hub makes the next
 * one and announces it (agents pin both), and it serves it from the first start after the old one
 * ended. Until then browsers see the old one, which is still valid.
 */
async function selfSigned(
  dataDir: string,
  now: Date,
  log: TlsLog,
): Promise<{ current: PemPair; next: PemPair | null }> {
  const files = selfSignedFiles(dataDir);
  if (!existsSync(files.cert) || !existsSync(files.key)) {
    const made = await makeSelfSignedCertificate(now);
    savePair(made, files.cert, files.key, files.dir);
    return { current: made, next: null };
  }
  let current = { cert: readPem(files.cert, 'certificate'), key: readPem(files.key, 'key') };
  let next =
    existsSync(files.nextCert) && existsSync(files.nextKey)
      ? { cert: readPem(files.nextCert, 'next certificate'), key: readPem(files.nextKey, 'key') }
      : null;
  const end = parseCertificate(current.cert, files.cert).validToDate;
  if (next && end <= now) {
    // The key first, as when saving: a crash between the two leaves the new key and the old
    // certificate, which the key check refuses with a sentence rather than serving a wrong pair.
    renameSync(files.nextKey, files.key);
    renameSync(files.nextCert, files.cert);
    log.info(`the hub's own certificate ended on ${end.toISOString()}; it now serves the next one`);
    current = next;
    next = null;
  } else if (!next && end.getTime() - now.getTime() < RENEW_DAYS_BEFORE_END * DAY_MS) {
    next = await makeSelfSignedCertificate(now);
    savePair(next, files.nextCert, files.nextKey, files.dir);
    log.info(
      `the hub's own certificate ends on ${end.toISOString()}: made the next one, announced to agents from now on; the hub serves it from its first start after that date`,
    );
  }
  return { current, next };
}

/** Says so when a school's certificate has ended or its key file is open to other accounts. */
function checkSchoolFiles(certificate: X509Certificate, keyFile: string, now: Date, log: TlsLog) {
  if (certificate.validToDate <= now) {
    log.warn(
      `the school's certificate (HANDRAISE_TLS_CERT) ended on ${certificate.validTo}: browsers refuse it; agents that pinned it still connect`,
    );
  }
  if (process.platform === 'win32') return;
  if ((statSync(keyFile).mode & 0o044) !== 0) {
    log.warn(
      `the hub's key ${keyFile} (HANDRAISE_TLS_KEY) can be read by other accounts on this computer: make it readable by the hub's account only (chmod 600)`,
    );
  }
}

/**
 * The hub's certificate for `tls`, or null for plain HTTP. Makes and keeps a self-signed one on
 * first start and renews it ahead of its end; checks that a school's key belongs to its
 * certificate.
 */
export async function loadHubCertificate(
  tls: HubTls | undefined,
  dataDir: string,
  now: Date,
  log: TlsLog = SILENT,
): Promise<HubCertificate | null> {
  if (!tls || tls.mode === 'off') return null;
  let pair: PemPair;
  let ownNext: PemPair | null = null;
  if (tls.mode === 'files') {
    pair = {
      cert: readPem(tls.certFile, 'certificate (HANDRAISE_TLS_CERT)'),
      key: readPem(tls.keyFile, 'key (HANDRAISE_TLS_KEY)'),
    };
  } else {
    const own = await selfSigned(dataDir, now, log);
    pair = own.current;
    ownNext = own.next;
  }
  const certPath = tls.mode === 'files' ? tls.certFile : selfSignedFiles(dataDir).cert;
  const certificate = parseCertificate(
    pair.cert,
    certPath,
    tls.mode === 'files' ? 'HANDRAISE_TLS_CERT' : undefined,
  );
  let keyMatches: boolean;
  try {
    keyMatches = certificate.checkPrivateKey(createPrivateKey(pair.key));
  } catch {
    throw new TlsSetupError(
      `the hub's key for ${certPath} is not a PEM private key${tls.mode === 'files' ? ' (HANDRAISE_TLS_KEY)' : ''}`,
    );
  }
  if (!keyMatches) throw new TlsSetupError(`the hub's key does not belong to ${certPath}`);
  if (tls.mode === 'files') checkSchoolFiles(certificate, tls.keyFile, now, log);
  // A next certificate the coordinator named wins over one the hub made itself.
  const next = tls.nextCertFile
    ? parseCertificate(
        readPem(tls.nextCertFile, 'next certificate (HANDRAISE_TLS_NEXT_CERT)'),
        tls.nextCertFile,
        'HANDRAISE_TLS_NEXT_CERT',
      )
    : ownNext && new X509Certificate(ownNext.cert);
  return {
    ...pair,
    fingerprint: certificate.fingerprint256,
    nextFingerprint:
      next && next.fingerprint256 !== certificate.fingerprint256 ? next.fingerprint256 : null,
  };
}
