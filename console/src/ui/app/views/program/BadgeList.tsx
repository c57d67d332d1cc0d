import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AdvisorBadge } from '@handraise/shared';
import { Pill } from '../../components/Pill.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';

type Props = {
  badges: readonly AdvisorBadge[];
  /** The coordinator's list: badges waiting get a Sign off button. */
  canSignOff: boolean;
  /** Called with the badge as the hub now has it, once signed off. */
  onSigned?: (badge: AdvisorBadge) => void;
};

/**
 * Badges as their advisor or the coordinator sees them: signed off ones are earned; the rest wait
 * for the coordinator, who signs them off here.
 */
export function BadgeList({ badges, canSignOff, onSigned }: Props) {
  const { api } = useHub();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const signOff = async (badge: AdvisorBadge) => {
    setBusy(badge.id);
    setFailed(false);
    const result = await api<AdvisorBadge>(
      `/api/program/badges/${encodeURIComponent(badge.id)}/sign-off`,
      { method: 'POST', body: {} },
    );
    setBusy(null);
    if (result.ok) onSigned?.(result.data);
    else setFailed(true);
  };

  if (badges.length === 0) return <span className="muted">None yet</span>;
  return (
    <>
      <ul className="badge-list">
        {badges.map((badge) => (
          <li key={badge.id} className="badge-item">
            <span className="badge-name">{badge.name}</span>
            {badge.signedOff ? (
              <>
                <Pill tone="good">Earned</Pill>
                <span className="badge-note">
                  Signed off by {badge.signedOff.byName}, {formatDateTime(badge.signedOff.at)}
                </span>
              </>
            ) : (
              <Pill tone="warn">Earned, waiting for sign-off</Pill>
            )}
            {canSignOff && !badge.signedOff && (
              <Button
                className="button small"
                isDisabled={busy !== null}
                onPress={() => void signOff(badge)}
                aria-label={`Sign off ${badge.name}`}
              >
                {busy === badge.id ? 'Signing…' : 'Sign off'}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {failed && (
        <p className="inline-error" role="alert">
          The sign-off did not go through. Try again.
        </p>
      )}
    </>
  );
}
