import { useCallback, useEffect, useState } from 'react';
import type { Account } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { timetableLine } from '../../lib/timetable.ts';
import { useHub } from '../../state/hub-context.ts';
import { reachOf } from './account-kind.ts';
import { ManageAccountDialog } from './ManageAccountDialog.tsx';
import { NewAccountForm } from './NewAccountForm.tsx';

/** Everyone who can sign in (disabled accounts marked), each to manage, and a form to add one. */
export function AccountsPanel() {
  const { api, user: me, refreshPeople } = useHub();
  const [accounts, setAccounts] = useState<Account[] | null>(null);

  const load = useCallback(() => {
    void api<Account[]>('/api/users').then((result) => {
      if (result.ok) setAccounts(result.data);
    });
  }, [api]);
  useEffect(load, [load]);
  const changed = useCallback(() => {
    load();
    // Names and who can be given work show everywhere else too.
    refreshPeople();
  }, [load, refreshPeople]);

  return (
    <div className="grid two">
      <Card title="Accounts" id="accounts-title" flush>
        {accounts === null ? (
          <p className="empty">Loading…</p>
        ) : (
          <ul className="list accounts" data-testid="accounts">
            {accounts.map((a) => (
              <li key={a.id} data-disabled={a.disabled || undefined}>
                <div className="grow">
                  <p className="title">
                    {a.displayName}
                    {a.id === me.id && <span className="muted"> (you)</span>}
                  </p>
                  <p className="sub">
                    {a.username} · since {formatDateTime(a.createdAt)}
                  </p>
                  {a.advisor && <p className="sub">{reachOf(a.advisor)}</p>}
                  {a.advisor && (
                    <p className="sub" data-testid="timetable-summary">
                      {timetableLine(a.advisor.timetable)}
                    </p>
                  )}
                </div>
                {a.disabled && <Pill tone="neutral">Disabled</Pill>}
                <Pill tone={a.role === 'coordinator' ? 'violet' : 'accent'}>
                  {ROLE_LABELS[a.role]}
                </Pill>
                <ManageAccountDialog account={a} onChanged={changed} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <NewAccountForm onCreated={changed} />
    </div>
  );
}
