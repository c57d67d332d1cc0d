import { useCallback, useEffect, useState } from 'react';
import type { User } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { NewAccountForm } from './NewAccountForm.tsx';

/** Everyone who can sign in, and a form to add an advisor or coordinator. */
export function AccountsPanel() {
  const { api, user: me, refreshPeople } = useHub();
  const [users, setUsers] = useState<User[] | null>(null);

  const load = useCallback(() => {
    void api<User[]>('/api/users').then((result) => {
      if (result.ok) setUsers(result.data);
    });
  }, [api]);
  useEffect(load, [load]);

  return (
    <div className="grid two">
      <Card title="Accounts" id="accounts-title" flush>
        {users === null ? (
          <p className="empty">Loading…</p>
        ) : (
          <ul className="list" data-testid="accounts">
            {users.map((u) => (
              <li key={u.id}>
                <div className="grow">
                  <p className="title">
                    {u.displayName}
                    {u.id === me.id && <span className="muted"> (you)</span>}
                  </p>
                  <p className="sub">
                    {u.username} · since {formatDateTime(u.createdAt)}
                  </p>
                </div>
                <Pill tone={u.role === 'coordinator' ? 'violet' : 'accent'}>
                  {ROLE_LABELS[u.role]}
                </Pill>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <NewAccountForm
        onCreated={() => {
          load();
          refreshPeople();
        }}
      />
    </div>
  );
}
