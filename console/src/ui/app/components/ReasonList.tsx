import { describeReason, type VerdictReason } from '@handraise/shared';
import { isSecurity, orderReasons } from '../lib/software-labels.ts';
import { Pill } from './Pill.tsx';

/**
 * Why the hub thinks what it does, one sentence per reason: what the computer itself offers comes
 * first, and a security fix is flagged in words, not only in colour.
 */
export function ReasonList({ reasons }: { reasons: readonly VerdictReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {orderReasons(reasons).map((reason, index) => (
        <li key={`${reason.kind}-${index}`} data-kind={reason.kind}>
          {isSecurity(reason) && (
            <>
              <Pill tone="bad">Security</Pill>{' '}
            </>
          )}
          <span className="reason-text">{describeReason(reason)}</span>
        </li>
      ))}
    </ul>
  );
}
