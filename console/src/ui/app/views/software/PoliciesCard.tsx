import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { SoftwarePolicy, SoftwareTitleDetail } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { POLICY_LABELS } from '../../lib/software-labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { PolicyForm } from './PolicyForm.tsx';

/** "Minimum version 131.0 on Windows", "Not allowed". */
function policyText(policy: SoftwarePolicy): string {
  const what =
    policy.kind === 'minimum'
      ? `${POLICY_LABELS.minimum} ${policy.version ?? ''}`
      : POLICY_LABELS[policy.kind];
  return policy.platform ? `${what} on ${PLATFORM_LABELS[policy.platform]}` : what;
}

type Props = { detail: SoftwareTitleDetail; onChanged: () => void };

/** The coordinator's rules for this title: a minimum version, required everywhere, or banned. */
export function PoliciesCard({ detail, onChanged }: Props) {
  const { api, user } = useHub();
  const [error, setError] = useState('');
  const isCoordinator = user.role === 'coordinator';

  const remove = async (policy: SoftwarePolicy) => {
    const result = await api(`/api/software/policies/${encodeURIComponent(policy.id)}`, {
      method: 'DELETE',
    });
    setError(result.ok ? '' : 'The rule was not removed. Try again.');
    onChanged();
  };

  return (
    <Card title="Rules" id="title-rules-heading">
      {detail.policies.length === 0 ? (
        <p className="muted">
          No rules for this title.{' '}
          {isCoordinator &&
            'Add one to say which version is the least acceptable, or that it must or must not be installed.'}
        </p>
      ) : (
        <ul className="list compact-list" data-testid="title-policies">
          {detail.policies.map((policy) => (
            <li key={policy.id}>
              <div className="grow">
                <p className="title">{policyText(policy)}</p>
                {policy.note && <p className="sub">{policy.note}</p>}
              </div>
              {isCoordinator && (
                <Button
                  className="button small danger"
                  aria-label={`Remove the rule “${policyText(policy)}”`}
                  onPress={() => void remove(policy)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      {isCoordinator && <PolicyForm detail={detail} onAdded={onChanged} />}
    </Card>
  );
}
