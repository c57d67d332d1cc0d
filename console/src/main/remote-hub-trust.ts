// The console window on an advisor's computer, opened on the school's hub across the network. A
// hub that made its own certificate is signed by no authority Chromium knows, so the window
// trusts exactly the certificate whose fingerprint the coordinator gave out (Settings shows it),
// on the hub's host only, and refuses any other there: a server answering in the hub's place
// would otherwise be shown the advisor's password. What it refused is kept, to say so plainly.
import { X509Certificate } from 'node:crypto';
import { VERIFY, verifyHubCertificate, type VerifyRequest } from '../hub/tls/pinned-verify.ts';

export type RemoteHubCheck = {
  /** For session.setCertificateVerifyProc: accept, refuse, or leave to Chromium (other hosts). */
  verify(request: VerifyRequest): number;
  /** The fingerprint last refused on the hub's host; null while nothing was. */
  refusedFingerprint(): string | null;
};

/** A check that trusts `fingerprint` on the host of `hubUrl`, and only it. */
export function remoteHubCheck(hubUrl: string, fingerprint: string): RemoteHubCheck {
  const hub = { hostname: new URL(hubUrl).hostname, fingerprint };
  let refused: string | null = null;
  return {
    verify(request) {
      const answer = verifyHubCertificate(request, hub);
      if (answer === VERIFY.refuse) refused = presentedFingerprint(request.certificate.data);
      return answer;
    },
    refusedFingerprint: () => refused,
  };
}

function presentedFingerprint(pem: string): string {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return 'unreadable';
  }
}

/** What the advisor reads when the hub's address answered with another certificate. */
export function refusedCertificateMessage(
  hubUrl: string,
  expected: string,
  presented: string,
): string {
  return [
    `The hub at ${hubUrl} answered with a certificate this console does not trust, so nothing was sent to it.`,
    `Expected fingerprint: ${expected}`,
    `Presented fingerprint: ${presented}`,
    "If the coordinator changed the hub's certificate, copy the new fingerprint from the hub's Settings into console.json (\"hubFingerprint\"). Otherwise another server may be answering in the hub's place: tell the coordinator.",
  ].join('\n');
}
