import { useCallback, useEffect, useState } from 'react';
import type { EnrollmentTokenSummary } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { hrefFor } from '../../lib/route.ts';
import { useHub } from '../../state/hub-context.ts';
import { agentHubAddress, useSettings } from '../../state/use-settings.ts';
import { NewTokenForm } from './NewTokenForm.tsx';
import { TokenList } from './TokenList.tsx';

/** Enrollment tokens: create one per room, copy the install command, revoke when done. */
export function EnrollmentPanel() {
  const { api } = useHub();
  const { settings } = useSettings();
  const [tokens, setTokens] = useState<EnrollmentTokenSummary[] | null>(null);
  const hub = agentHubAddress(settings);

  const load = useCallback(() => {
    void api<EnrollmentTokenSummary[]>('/api/enrollment-tokens').then((result) => {
      if (result.ok) setTokens(result.data);
    });
  }, [api]);
  useEffect(load, [load]);

  return (
    <div className="grid two">
      <div className="page">
        <NewTokenForm hubAddress={hub.address} onCreated={load} />
        {!hub.chosen && (
          <p className="notice">
            The command uses <code>{hub.address}</code>, this hub&apos;s best guess at its own
            address. Check it in <a href={hrefFor('settings')}>Settings</a> so that school computers
            can reach it.
          </p>
        )}
      </div>
      <Card title="Enrollment tokens" id="tokens-title" flush>
        <TokenList tokens={tokens} onRevoked={load} />
      </Card>
    </div>
  );
}
