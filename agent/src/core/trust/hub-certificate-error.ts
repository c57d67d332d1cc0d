// The hub presented a certificate this computer does not trust: another server where the hub
// should be, or a replaced certificate nobody announced. Either way nothing is sent to it.
// Fingerprints are written in full: a shortened one can hide exactly the pairs that differ.

/**
 * What the refused certificate was compared with: the fingerprint the person enrolling gave
 * (`given`, a first enrollment) or the ones this computer pinned before (`pinned`).
 */
export type TrustedBy = 'given' | 'pinned';

export class HubCertificateError extends Error {
  readonly presented: string;
  readonly pinned: readonly string[];
  readonly trustedBy: TrustedBy;
  constructor(presented: string, pinned: readonly string[], trustedBy: TrustedBy = 'pinned') {
    super(
      trustedBy === 'given'
        ? `The hub's certificate does not match the fingerprint you gave: the server presents ${presented}, but you gave ${pinned.join(' or ')}. Nothing was sent. Check the fingerprint in the console's Settings, and that this is the hub's address.`
        : `The server answering as the hub presents a certificate this computer does not trust: ${presented}, where it trusts ${pinned.join(' or ')}. Nothing was sent. If the school replaced the hub's certificate without announcing it, remove credentials.json from this computer's data folder and enroll it again with --hub-fingerprint; otherwise tell your IT coordinator.`,
    );
    this.name = 'HubCertificateError';
    this.presented = presented;
    this.pinned = pinned;
    this.trustedBy = trustedBy;
  }
}
