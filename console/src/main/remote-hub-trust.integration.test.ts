// An advisor's console window trusting a remote hub that made its own certificate: the check gets
// the certificate a real hub serving HTTPS on loopback presents (as Chromium hands it over) and
// accepts it by the fingerprint the coordinator's Settings show; another hub's certificate on the
// same address is refused, and the message names both fingerprints. Other sites stay Chromium's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../hub/create-hub.ts';
import { testHubConfig } from '../hub/testing/test-hub.ts';
import { VERIFY } from '../hub/tls/pinned-verify.ts';
import { refusedCertificateMessage, remoteHubCheck } from './remote-hub-trust.ts';

/** The PEM certificate a hub presents to a TLS client (what Chromium passes to the check). */
function presentedPem(hub: Hub): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: hub.port, rejectUnauthorized: false }, () => {
      const der = socket.getPeerCertificate().raw;
      socket.end();
      const base64 = der.toString('base64').replace(/.{64}/g, '$&\n');
      resolve(`-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`);
    });
    socket.on('error', reject);
  });
}

const dirs: string[] = [];
let school: Hub;
let impostor: Hub;

beforeAll(async () => {
  const start = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-remote-hub-'));
    dirs.push(dir);
    return createHub({
      config: testHubConfig(dir, { tls: { mode: 'self-signed' } }),
      logger: pino({ level: 'silent' }),
    });
  };
  school = await start();
  impostor = await start();
});

afterAll(async () => {
  await school?.close();
  await impostor?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("an advisor's console and a remote hub's own certificate", () => {
  it('accepts the certificate with the fingerprint Settings show, and only it', async () => {
    const fingerprint = school.certificate!.fingerprint;
    const check = remoteHubCheck(school.url, fingerprint);
    const genuine = { hostname: '127.0.0.1', certificate: { data: await presentedPem(school) } };
    expect(check.verify(genuine)).toBe(VERIFY.accept);
    expect(check.refusedFingerprint()).toBeNull();

    // Another server on the hub's address, with a certificate of its own.
    const other = { hostname: '127.0.0.1', certificate: { data: await presentedPem(impostor) } };
    expect(check.verify(other)).toBe(VERIFY.refuse);
    expect(check.refusedFingerprint()).toBe(impostor.certificate!.fingerprint);
    const message = refusedCertificateMessage(
      school.url,
      fingerprint,
      impostor.certificate!.fingerprint,
    );
    expect(message).toContain(`Expected fingerprint: ${fingerprint}`);
    expect(message).toContain(`Presented fingerprint: ${impostor.certificate!.fingerprint}`);
    expect(message).toMatch(/^The hub at https:\/\/127\.0\.0\.1:\d+ answered with a certificate/);

    // Sites on other hosts are left to Chromium's own verification.
    expect(check.verify({ hostname: 'example.org', certificate: other.certificate })).toBe(
      VERIFY.chromium,
    );
  });
});
