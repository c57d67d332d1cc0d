// A certificate check for the console's Electron window (session.setCertificateVerifyProc): the
// hub it embeds serves a certificate no authority signed, so the window accepts exactly that
// certificate on the hub's own loopback address, and leaves every other site to Chromium.
// Structural types only: the hub imports no Electron.
import { X509Certificate } from 'node:crypto';

/** Chromium's answers: accept, refuse, or use its own verification. */
export const VERIFY = { accept: 0, refuse: -2, chromium: -3 } as const;

export type VerifyRequest = { hostname: string; certificate: { data: string } };

/** The answer for one certificate Chromium asks about, given the hub's host and fingerprint. */
export function verifyHubCertificate(
  request: VerifyRequest,
  hub: { hostname: string; fingerprint: string },
): number {
  if (request.hostname !== hub.hostname) return VERIFY.chromium;
  try {
    const presented = new X509Certificate(request.certificate.data).fingerprint256;
    return presented === hub.fingerprint ? VERIFY.accept : VERIFY.refuse;
  } catch {
    return VERIFY.refuse;
  }
}
