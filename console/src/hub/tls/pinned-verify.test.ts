import { beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCertificate } from './self-signed.ts';
import { X509Certificate } from 'node:crypto';
import { VERIFY, verifyHubCertificate } from './pinned-verify.ts';

let ours: string;
let other: string;

beforeAll(async () => {
  ours = (await makeSelfSignedCertificate(new Date(), 'hub-host')).cert;
  other = (await makeSelfSignedCertificate(new Date(), 'hub-host')).cert;
});

describe("the console window's check of its embedded hub", () => {
  it('accepts the hub’s certificate on its address, and refuses another one there', () => {
    const hub = { hostname: '127.0.0.1', fingerprint: new X509Certificate(ours).fingerprint256 };
    expect(verifyHubCertificate({ hostname: '127.0.0.1', certificate: { data: ours } }, hub)).toBe(
      VERIFY.accept,
    );
    expect(verifyHubCertificate({ hostname: '127.0.0.1', certificate: { data: other } }, hub)).toBe(
      VERIFY.refuse,
    );
    expect(
      verifyHubCertificate({ hostname: '127.0.0.1', certificate: { data: 'garbage' } }, hub),
    ).toBe(VERIFY.refuse);
  });

  it('leaves every other site to Chromium', () => {
    const hub = { hostname: '127.0.0.1', fingerprint: new X509Certificate(ours).fingerprint256 };
    expect(
      verifyHubCertificate({ hostname: 'example.org', certificate: { data: ours } }, hub),
    ).toBe(VERIFY.chromium);
  });
});
