// The hub turning this computer away for good, and what that means to the person at it. Light on
// purpose: the command line recognizes the error without loading the hub client (see cli.ts).

/** Refusals that retrying with the same credentials and agent cannot get past (but see below). */
export const HUB_REFUSALS = [
  'unauthorized',
  'protocol-unsupported',
  'device-retired',
  'device-revoked',
  // Not the hub's word but this computer's: the server presented a certificate it does not trust.
  // The service keeps trying (that server may be gone soon); a one-off command ends with it.
  'hub-certificate-changed',
] as const;
export type HubRefusal = (typeof HUB_REFUSALS)[number];

export function isHubRefusal(code: string): code is HubRefusal {
  return (HUB_REFUSALS as readonly string[]).includes(code);
}

/** What happened, in words a teacher can act on. */
const SENTENCES: Record<HubRefusal, string> = {
  // The hub no longer knows this device's secret: the record was retired (linked to a re-installed
  // computer, or deleted), so only a new enrollment can bring the computer back.
  unauthorized:
    "This computer's enrollment was withdrawn: ask your IT coordinator to enroll it again.",
  'protocol-unsupported':
    'The hub no longer accepts this version of Handraise: ask your IT coordinator to update it.',
  'device-retired':
    "This computer was retired or removed by the school's IT coordinator: requests cannot be sent from it. Ask your IT coordinator if it should come back.",
  'device-revoked':
    "The school's IT coordinator withdrew this computer's trust: requests cannot be sent from it until it is enrolled again.",
  'hub-certificate-changed':
    "The hub's certificate changed: this computer does not trust the server that answered and sent it nothing. Ask your IT coordinator.",
};

/**
 * What becomes of a request waiting on this computer. After a withdrawn enrollment or an old
 * agent it goes once the coordinator fixes that; a retired computer never enrolls again.
 */
const WAITING_REQUEST: Record<HubRefusal, string> = {
  unauthorized: 'Your request is saved on this computer and goes as soon as that is done.',
  'protocol-unsupported':
    'Your request is saved on this computer and goes as soon as that is done.',
  'device-retired':
    'Your request stays on this computer but cannot be sent from it: ask for help from another computer.',
  'device-revoked': 'Your request is saved on this computer and goes once it is enrolled again.',
  'hub-certificate-changed':
    'Your request is saved on this computer and goes once the hub can be trusted again.',
};

export function waitingRequestSentence(refusal: HubRefusal): string {
  return WAITING_REQUEST[refusal];
}

export function refusalSentence(refusal: HubRefusal): string {
  return SENTENCES[refusal];
}

/** The hub refused this computer; the message is `refusalSentence(refusal)`. */
export class HubRefusedError extends Error {
  readonly refusal: HubRefusal;
  constructor(refusal: HubRefusal) {
    super(refusalSentence(refusal));
    this.name = 'HubRefusedError';
    this.refusal = refusal;
  }
}
