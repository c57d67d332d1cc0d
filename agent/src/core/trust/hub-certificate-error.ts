// The hub presented a certificate this computer does not trust: another server where the hub
// should be, or a replaced certificate nobody announced. Either way nothing is sent to it.
import { shortFingerprint } from './fingerprint.ts';

export class HubCertificateError extends Error {
  readonly presented: string;
  readonly pinned: readonly string[];
  constructor(presented: string, pinned: readonly string[]) {
    super(
      `The hub's certificate changed: it presents ${shortFingerprint(presented)}, but this computer trusts ${pinned.map(shortFingerprint).join(' or ')}. Nothing was sent. If the school replaced the hub's certificate, enroll this computer again; otherwise tell your IT coordinator.`,
    );
    this.name = 'HubCertificateError';
    this.presented = presented;
    this.pinned = pinned;
  }
}
