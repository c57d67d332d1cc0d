import { useCallback, useState } from 'react';
import type { ErrorCode, HelpRequest } from '@handraise/shared';
import { requestNumber } from '../lib/labels.ts';
import { useHub } from './hub-context.ts';

/** Why a claim was refused, in the helper's words. */
export function claimErrorMessage(error: ErrorCode, request: HelpRequest): string {
  switch (error) {
    case 'invalid-state':
      return `Someone else took ${requestNumber(request)} first.`;
    case 'not-found':
      return `${requestNumber(request)} no longer exists.`;
    case 'forbidden':
      // Offered to several, it goes to the first who claims; or it went to the coordinator.
      return `Someone else has ${requestNumber(request)} now (another helper took it first, or it went to the coordinator).`;
    case 'unavailable':
      return 'The hub did not answer. Check the connection and try again.';
    default:
      return 'That did not work. Try again.';
  }
}

/**
 * Claims a request from a list or a notice: the answer goes into the live list and settles its
 * offer at once, before the push that says the same. `claim` resolves to the refusal in words,
 * or null once the request is this person's.
 */
export function useClaim(): {
  claim: (request: HelpRequest) => Promise<string | null>;
  /** The request being claimed, while the hub has not answered. */
  claiming: string | null;
} {
  const { ask, requests, settleOffer } = useHub();
  const [claiming, setClaiming] = useState<string | null>(null);
  const claim = useCallback(
    async (request: HelpRequest) => {
      setClaiming(request.id);
      const result = await ask('request:claim', { requestId: request.id });
      setClaiming(null);
      if (!result.ok) return claimErrorMessage(result.error, request);
      requests.upsert(result.data);
      settleOffer(result.data);
      return null;
    },
    [ask, requests, settleOffer],
  );
  return { claim, claiming };
}
