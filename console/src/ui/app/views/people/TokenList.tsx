import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { EnrollmentTokenSummary } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatDateTime, plural } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';

/** Whether a token can still enroll computers. */
function tokenState(t: EnrollmentTokenSummary, now: number): { label: string; usable: boolean } {
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return { label: 'Expired', usable: false };
  if (t.maxUses !== null && t.uses >= t.maxUses) return { label: 'Used up', usable: false };
  return { label: 'Active', usable: true };
}

type Props = { tokens: EnrollmentTokenSummary[] | null; onRevoked: () => void };

/** Tokens with their room, uses and expiry; revoking one stops new enrollments with it. */
export function TokenList({ tokens, onRevoked }: Props) {
  const { api } = useHub();
  const [error, setError] = useState('');
  if (tokens === null) return <p className="empty">Loading…</p>;
  if (tokens.length === 0) return <p className="empty">No enrollment tokens yet.</p>;
  const now = Date.now();

  const revoke = async (id: string) => {
    const result = await api(`/api/enrollment-tokens/${id}`, { method: 'DELETE' });
    setError(result.ok ? '' : 'The token was not revoked. Try again.');
    onRevoked();
  };

  return (
    <>
      <p className="form-error" role="alert">
        {error}
      </p>
      <ul className="list" data-testid="tokens">
        {tokens.map((t) => {
          const state = tokenState(t, now);
          const name = t.label ?? t.room ?? 'Token';
          return (
            <li key={t.id}>
              <div className="grow">
                <p className="title">{name}</p>
                <p className="sub">
                  {[t.site, t.room].filter(Boolean).join(' · ') || 'No room'} ·{' '}
                  {plural(t.uses, 'computer')} enrolled
                  {t.maxUses !== null ? ` (at most ${t.maxUses})` : ''} ·{' '}
                  {t.expiresAt ? `expires ${formatDateTime(t.expiresAt)}` : 'never expires'}
                </p>
              </div>
              <Pill tone={state.usable ? 'good' : 'neutral'}>{state.label}</Pill>
              <ConfirmDialog
                trigger={
                  <Button className="button small danger" aria-label={`Revoke ${name}`}>
                    Revoke
                  </Button>
                }
                heading={`Revoke “${name}”?`}
                cancelLabel="Cancel"
                confirmLabel="Revoke"
                onConfirm={() => revoke(t.id)}
              >
                No new computer can enroll with it. Computers already enrolled keep working.
              </ConfirmDialog>
            </li>
          );
        })}
      </ul>
    </>
  );
}
