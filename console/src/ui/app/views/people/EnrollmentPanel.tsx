import { useCallback, useEffect, useState } from 'react';
import type { EnrollmentTokenSummary, HubCertificateInfo } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { DeploymentCommandsCard } from './DeploymentCommandsCard.tsx';
import { hrefFor } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { agentHubAddress, useSettings } from '../../state/use-settings.ts';
import { NewTokenForm } from './NewTokenForm.tsx';
import { TokenList } from './TokenList.tsx';

/**
 * Enrollment tokens: create one per room, copy the install command (one computer) or the
 * deployment commands (many), revoke when done.
 */
export function EnrollmentPanel() {
  const { api } = useHub();
  const { settings } = useSettings();
  const [tokens, setTokens] = useState<EnrollmentTokenSummary[] | null>(null);
  // A token's value is shown only once, so the deployment commands carry it only until this page
  // is left; afterwards they show a placeholder.
  const [createdToken, setCreatedToken] = useState<string | null>(null);
  const hub = agentHubAddress(settings);
  const { data: certificate } = useApiData<HubCertificateInfo>('/api/admin/hub-certificate');

  const load = useCallback(() => {
    void api<EnrollmentTokenSummary[]>('/api/enrollment-tokens').then((result) => {
      if (result.ok) setTokens(result.data);
    });
  }, [api]);
  useEffect(load, [load]);

  return (
    <div className="page">
      <div className="grid two">
        <div className="page">
          <NewTokenForm
            hubAddress={hub.address}
            fingerprint={certificate?.fingerprint ?? null}
            onCreated={(token) => {
              setCreatedToken(token);
              load();
            }}
          />
          {!hub.chosen && (
            <p className="notice">
              The command uses <code>{hub.address}</code>, this hub&apos;s best guess at its own
              address. Check it in <a href={hrefFor('settings')}>Settings</a> so that school
              computers can reach it.
            </p>
          )}
        </div>
        <Card title="Enrollment tokens" id="tokens-title" flush>
          <TokenList tokens={tokens} onRevoked={load} />
        </Card>
      </div>
      {certificate && (
        <DeploymentCommandsCard
          hubAddress={hub.address}
          fingerprint={certificate.fingerprint}
          token={createdToken}
        />
      )}
    </div>
  );
}
