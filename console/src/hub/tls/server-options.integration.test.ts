// The hub's HTTPS server, asked by real TLS clients: TLS 1.3 and the ECDHE + AEAD suites of 1.2
// connect; static-RSA key exchange, CBC suites and TLS 1.1 are refused. An RSA certificate (as a
// school's often is) so that RSA suites are possible at all, and a plain Node server with the same
// certificate as the control: it accepts what the hub refuses, so the refusal is the hub's.
import { webcrypto } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createServer, type ConnectionOptions, type Server } from 'node:tls';
import * as x509 from '@peculiar/x509';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../create-hub.ts';
import { testHubConfig } from '../testing/test-hub.ts';
import './self-signed.ts'; // sets @peculiar/x509's crypto provider to Node's

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

async function rsaCertificate(): Promise<{ cert: string; key: string }> {
  const keys = await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=school hub',
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 30 * 86_400_000),
    keys,
    signingAlgorithm: RSA,
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`;
  return { cert: certificate.toString('pem'), key };
}

/** The suite and version a handshake settled on, or the error that ended it. */
function handshake(port: number, options: ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ...options });
    socket.setTimeout(5_000, () => socket.destroy(new Error('timed out')));
    socket.once('secureConnect', () => {
      resolve(`${socket.getProtocol()} ${socket.getCipher().standardName}`);
      socket.end();
    });
    socket.once('error', () => resolve('refused'));
  });
}

let dir: string;
let hub: Hub;
let control: Server;
const hubPort = () => hub.port;
const controlPort = () => (control.address() as AddressInfo).port;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handraise-ciphers-'));
  const pair = await rsaCertificate();
  writeFileSync(join(dir, 'cert.pem'), pair.cert);
  writeFileSync(join(dir, 'key.pem'), pair.key, { mode: 0o600 });
  hub = await createHub({
    config: testHubConfig(join(dir, 'data'), {
      tls: { mode: 'files', certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') },
    }),
    logger: pino({ level: 'silent' }),
  });
  // Everything OpenSSL allows at its lowest level, so the control server takes old suites too.
  control = createServer({ ...pair, minVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' }, (s) =>
    s.end(),
  );
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await hub?.close();
  await new Promise((resolve) => control?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const TLS12 = { maxVersion: 'TLSv1.2' } as const;

describe("the hub's TLS", () => {
  it('speaks TLS 1.3, and on 1.2 an ECDHE suite with AES-GCM or ChaCha20', async () => {
    expect(await handshake(hubPort(), {})).toMatch(/^TLSv1\.3 TLS_/);
    expect(await handshake(hubPort(), TLS12)).toMatch(
      /^TLSv1\.2 TLS_ECDHE_RSA_WITH_AES_(128|256)_GCM/,
    );
    expect(await handshake(hubPort(), { ...TLS12, ciphers: 'ECDHE-RSA-CHACHA20-POLY1305' })).toBe(
      'TLSv1.2 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    );
  });

  it('refuses RSA key exchange and CBC suites, which a plain server would take', async () => {
    for (const ciphers of ['AES128-SHA', 'AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA']) {
      const client = { ...TLS12, ciphers: `${ciphers}:@SECLEVEL=0` };
      expect([ciphers, await handshake(controlPort(), client)]).toEqual([
        ciphers,
        expect.stringMatching(/^TLSv1\.2 /),
      ]);
      expect([ciphers, await handshake(hubPort(), client)]).toEqual([ciphers, 'refused']);
    }
  });

  it('refuses TLS 1.1', async () => {
    const client = {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'ALL:@SECLEVEL=0',
    } as const;
    expect(await handshake(controlPort(), client)).toMatch(/^TLSv1\.1 /);
    expect(await handshake(hubPort(), client)).toBe('refused');
  });
});
