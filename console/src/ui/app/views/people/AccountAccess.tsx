import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Account } from '@handraise/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useHub } from '../../state/hub-context.ts';
import { accountErrorMessage } from './account-errors.ts';

type Props = { account: Account; onChanged: () => void };

/** Disable or enable an account, or delete it; each asks first where it cannot simply be undone. */
export function AccountAccess({ account, onChanged }: Props) {
  const { api } = useHub();
  const [error, setError] = useState('');
  const name = account.displayName;

  const run = async (path: string, method: 'PATCH' | 'DELETE', body?: unknown) => {
    const result = await api(path, { method, ...(body === undefined ? {} : { body }) });
    setError(result.ok ? '' : accountErrorMessage(result.error));
    onChanged();
  };
  const setDisabled = (disabled: boolean) => run(`/api/users/${account.id}`, 'PATCH', { disabled });

  return (
    <div className="page">
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="form-actions">
        {account.disabled ? (
          <Button className="button" onPress={() => void setDisabled(false)}>
            Enable account
          </Button>
        ) : (
          <ConfirmDialog
            trigger={<Button className="button danger">Disable account…</Button>}
            heading={`Disable ${name}’s account?`}
            cancelLabel="Keep it"
            confirmLabel="Disable"
            onConfirm={() => setDisabled(true)}
          >
            {name} is signed out of every console at once and cannot sign in until you enable the
            account again. Their requests and messages stay as they are.
          </ConfirmDialog>
        )}
        <ConfirmDialog
          trigger={<Button className="button danger">Delete account…</Button>}
          heading={`Delete ${name}’s account?`}
          cancelLabel="Keep it"
          confirmLabel="Delete"
          onConfirm={() => run(`/api/users/${account.id}`, 'DELETE')}
        >
          {name} is signed out and can never sign in with this account again. Requests they helped
          with keep their name; the username “{account.username}” becomes free.
        </ConfirmDialog>
      </div>
    </div>
  );
}
