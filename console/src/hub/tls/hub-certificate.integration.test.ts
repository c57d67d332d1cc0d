// The hub's certificate on disk: made once and kept (key 0600), the school's pair checked, the
// planned next certificate read; each mistake named in one sentence.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHubCertificate, selfSignedFiles, TlsSetupError } from './hub-certificate.ts';

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
    ).rejects.toThrow(`${notPem} is not a PEM certificate`);
    await expect(
      loadHubCertificate(
        { mode: 'files', certFile: a.cert, keyFile: join(a.dir, 'missing.pem') },
        tempDir(),
        NOW,
      ),
    ).rejects.toThrow(/cannot read the hub's key \(HANDRAISE_TLS_KEY\)/);
  });
});
