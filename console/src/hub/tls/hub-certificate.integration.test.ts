// The hub's certificate on disk: made once and kept (key 0600), the school's pair checked, the
// planned next certificate read; each mistake named in one sentence.
import { X509Certificate } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHubCertificate, selfSignedFiles, TlsSetupError } from './hub-certificate.ts';
import { lanAddresses, makeSelfSignedCertificate } from './self-signed.ts';

const NOW = new Date('2026-09-01T08:00:00Z');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-tls-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the hub's own certificate", () => {
  it('is made on first start, kept private, and the same at the next start', async () => {
    const dataDir = tempDir();
    const first = await loadHubCertificate({ mode: 'self-signed' }, dataDir, NOW);
    const files = selfSignedFiles(dataDir);
    if (process.platform !== 'win32') {
      expect(statSync(files.key).mode & 0o777).toBe(0o600);
      expect(statSync(files.dir).mode & 0o777).toBe(0o700);
    }
    const certificate = new X509Certificate(first!.cert);
    expect(first!.fingerprint).toBe(certificate.fingerprint256);
    expect(certificate.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(new Date(certificate.validFrom).getTime()).toBeLessThan(NOW.getTime());
    const again = await loadHubCertificate({ mode: 'self-signed' }, dataDir, NOW);
    expect(again!.fingerprint).toBe(first!.fingerprint);
    expect(again!.nextFingerprint).toBeNull();
  });

  it('is none for plain HTTP', async () => {
    expect(await loadHubCertificate({ mode: 'off' }, tempDir(), NOW)).toBeNull();
    expect(await loadHubCertificate(undefined, tempDir(), NOW)).toBeNull();
  });
});

describe("the school's certificate", () => {
  it('is used with its key, and a planned next certificate is announced by fingerprint', async () => {
    const ours = tempDir();
    const next = tempDir();
    const made = await loadHubCertificate({ mode: 'self-signed' }, ours, NOW);
    const planned = await loadHubCertificate({ mode: 'self-signed' }, next, NOW);
    const files = selfSignedFiles(ours);
    const loaded = await loadHubCertificate(
      {
        mode: 'files',
        certFile: files.cert,
        keyFile: files.key,
        nextCertFile: selfSignedFiles(next).cert,
      },
      tempDir(),
      NOW,
    );
    expect(loaded!.fingerprint).toBe(made!.fingerprint);
    expect(loaded!.nextFingerprint).toBe(planned!.fingerprint);
  });

  it('is refused with a key that is not its own, or files that are not PEM, naming the file', async () => {
    const a = selfSignedFiles(tempDir());
    const b = selfSignedFiles(tempDir());
    await loadHubCertificate({ mode: 'self-signed' }, join(a.dir, '..'), NOW);
    await loadHubCertificate({ mode: 'self-signed' }, join(b.dir, '..'), NOW);
    const mismatch = loadHubCertificate(
      { mode: 'files', certFile: a.cert, keyFile: b.key },
      tempDir(),
      NOW,
    );
    await expect(mismatch).rejects.toThrow(TlsSetupError);
    await expect(mismatch).rejects.toThrow(`the hub's key does not belong to ${a.cert}`);
    const notPem = join(tempDir(), 'hub.pem');
    writeFileSync(notPem, 'hello');
    await expect(
      loadHubCertificate({ mode: 'files', certFile: notPem, keyFile: a.key }, tempDir(), NOW),
    ).rejects.toThrow(`${notPem} (HANDRAISE_TLS_CERT) is not a PEM certificate`);
    await expect(
      loadHubCertificate(
        { mode: 'files', certFile: a.cert, keyFile: join(a.dir, 'missing.pem') },
        tempDir(),
        NOW,
      ),
    ).rejects.toThrow(/cannot read the hub's key \(HANDRAISE_TLS_KEY\)/);
  });
});

/** What the hub logged while loading, as `level: message` lines. */
function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    info: (message: string) => lines.push(`info: ${message}`),
    warn: (message: string) => lines.push(`warn: ${message}`),
  };
}

const DAY_MS = 86_400_000;
const daysAfter = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

describe("the hub's own certificate over time", () => {
  it('lasts at most 825 days and names the LAN addresses agents are given', async () => {
    const made = await makeSelfSignedCertificate(NOW, 'hub-host', ['10.20.30.40']);
    const certificate = new X509Certificate(made.cert);
    const span = certificate.validToDate.getTime() - certificate.validFromDate.getTime();
    expect(span).toBeLessThanOrEqual(825 * DAY_MS);
    expect(certificate.subjectAltName).toContain('IP Address:10.20.30.40');
    expect(certificate.subjectAltName).toContain('DNS:hub-host');
    // By default, every address this machine has on the network right now.
    const loaded = await loadHubCertificate({ mode: 'self-signed' }, tempDir(), NOW);
    const names = new X509Certificate(loaded!.cert).subjectAltName ?? '';
    for (const address of lanAddresses()) expect(names).toContain(`IP Address:${address}`);
  });

  it('makes and announces the next one when under 30 days remain, and serves it once the old one ended', async () => {
    const dataDir = tempDir();
    const first = await loadHubCertificate({ mode: 'self-signed' }, dataDir, NOW);
    // Plenty of time left: nothing planned.
    const early = await loadHubCertificate({ mode: 'self-signed' }, dataDir, daysAfter(700));
    expect(early!.nextFingerprint).toBeNull();

    const log = recordingLog();
    const nearEnd = await loadHubCertificate({ mode: 'self-signed' }, dataDir, daysAfter(800), log);
    expect(nearEnd!.fingerprint).toBe(first!.fingerprint);
    expect(nearEnd!.nextFingerprint).not.toBeNull();
    expect(log.lines).toEqual([expect.stringMatching(/^info: .*made the next one/)]);
    if (process.platform !== 'win32') {
      expect(statSync(selfSignedFiles(dataDir).nextKey).mode & 0o777).toBe(0o600);
    }
    // Another start before the end announces the same one, not a new one each time.
    const again = await loadHubCertificate({ mode: 'self-signed' }, dataDir, daysAfter(810));
    expect(again!.nextFingerprint).toBe(nearEnd!.nextFingerprint);

    const afterEnd = await loadHubCertificate({ mode: 'self-signed' }, dataDir, daysAfter(830));
    expect(afterEnd!.fingerprint).toBe(nearEnd!.nextFingerprint);
    expect(afterEnd!.nextFingerprint).toBeNull();
    expect(new X509Certificate(afterEnd!.cert).validToDate > daysAfter(830)).toBe(true);
  });
});

describe("the school's files, checked", () => {
  it('names HANDRAISE_TLS_NEXT_CERT when the next certificate is not one', async () => {
    const ours = selfSignedFiles(tempDir());
    await loadHubCertificate({ mode: 'self-signed' }, join(ours.dir, '..'), NOW);
    const garbage = join(tempDir(), 'next.pem');
    writeFileSync(garbage, 'not a certificate');
    await expect(
      loadHubCertificate(
        { mode: 'files', certFile: ours.cert, keyFile: ours.key, nextCertFile: garbage },
        tempDir(),
        NOW,
      ),
    ).rejects.toThrow(`${garbage} (HANDRAISE_TLS_NEXT_CERT) is not a PEM certificate`);
  });

  it('warns about an ended certificate and a key others can read, and still serves', async () => {
    const ours = selfSignedFiles(tempDir());
    await loadHubCertificate({ mode: 'self-signed' }, join(ours.dir, '..'), NOW);
    const log = recordingLog();
    const fine = await loadHubCertificate(
      { mode: 'files', certFile: ours.cert, keyFile: ours.key },
      tempDir(),
      NOW,
      log,
    );
    expect(fine).not.toBeNull();
    expect(log.lines).toEqual([]);

    if (process.platform !== 'win32') chmodSync(ours.key, 0o644);
    const late = await loadHubCertificate(
      { mode: 'files', certFile: ours.cert, keyFile: ours.key },
      tempDir(),
      daysAfter(900),
      log,
    );
    expect(late!.fingerprint).toBe(fine!.fingerprint);
    expect(log.lines).toContainEqual(
      expect.stringMatching(/^warn: the school's certificate \(HANDRAISE_TLS_CERT\) ended on/),
    );
    if (process.platform !== 'win32') {
      expect(log.lines).toContainEqual(
        expect.stringMatching(/^warn: .*\(HANDRAISE_TLS_KEY\) can be read by other accounts/),
      );
    }
  });
});
