// Which certificates an enrollment may send the token to. Trust on first use is for a computer
// that never trusted a hub: once it has pins, enrolling again (the hub refused its secret, or the
// `enroll` command) accepts only those, so a server that answers first in the hub's place (a
// spoofed address, a captive portal) never receives the token.
import type { EnrollmentTrust } from '../enroll.ts';

/** The pins kept with this computer's credentials, and the hub they belong to. */
export type KeptPins = { hub: string; hubPins: readonly string[] };

export type EnrollmentTrustChoice = {
  /** Undefined: nothing pinned and nothing given, the certificate presented is trusted (TOFU). */
  trust: EnrollmentTrust | undefined;
  /** Something the person enrolling should know: a given fingerprint was set aside. */
  warning: string | null;
};

/** How a coordinator makes this computer trust another certificate of the same hub. */
export const HOW_TO_REPIN =
  "To pin another certificate, remove credentials.json from the agent's data folder and enroll again with --hub-fingerprint.";

/**
 * The certificates to accept when enrolling with `hub`. Pins kept for the same hub win over a
 * given fingerprint (which the installer's settings may still carry after an announced change);
 * kept for another hub, a given fingerprint is the coordinator's new decision, and without one the
 * kept pins still apply (the same hub at a new address is accepted, any other server is not).
 */
export function chooseEnrollmentTrust(
  hub: string,
  kept: KeptPins | null,
  given: string | undefined,
): EnrollmentTrustChoice {
  const pinned = kept && kept.hubPins.length > 0 ? kept : null;
  if (!pinned)
    return { trust: given ? { pins: [given], trustedBy: 'given' } : undefined, warning: null };
  if (pinned.hub !== hub && given)
    return { trust: { pins: [given], trustedBy: 'given' }, warning: null };
  return {
    trust: { pins: [...pinned.hubPins], trustedBy: 'pinned' },
    warning: pinned.hub === hub ? pinMismatchWarning(pinned.hubPins, given) : null,
  };
}

/** A configured fingerprint that is not among the pins: which one applies, and how to change it. */
export function pinMismatchWarning(
  pins: readonly string[] | undefined,
  given: string | undefined,
): string | null {
  if (!given || !pins?.length || pins.includes(given)) return null;
  return `The configured hub fingerprint ${given} is not one this computer trusts (${pins.join(' or ')}); the trusted one is kept and the configured one is not used. ${HOW_TO_REPIN}`;
}
