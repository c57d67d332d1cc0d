import { Button, Heading } from 'react-aria-components';
import type { Account } from '@handraise/shared';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { AccountAccess } from './AccountAccess.tsx';
import { AccountDetailsForm } from './AccountDetailsForm.tsx';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';

type Props = { account: Account; onChanged: () => void };

/**
 * Everything a coordinator does to one account: its details (name, role, and an advisor's rooms,
 * skills and timetable), a new password, disable, delete.
 * On their own account only name and role: their password is changed under their name at the top,
 * and nobody disables or deletes themself by a slip.
 */
export function ManageAccountDialog({ account, onChanged }: Props) {
  const { user: me } = useHub();
  const self = account.id === me.id;
  return (
    <ModalDialog
      size="roomy"
      trigger={
        <Button className="button small" aria-label={`Manage ${account.displayName}`}>
          Manage
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">{account.displayName}</Heading>
          <p className="muted">
            Signs in as <strong>{account.username}</strong> · {ROLE_LABELS[account.role]}
            {account.disabled ? ' · disabled: cannot sign in' : ''}
          </p>
          <section className="dialog-section" aria-labelledby="account-details-title">
            <h3 id="account-details-title">Account details</h3>
            <AccountDetailsForm account={account} onChanged={onChanged} />
          </section>
          {self ? (
            <p className="notice">
              To change your own password, open your name at the top right: it asks for the current
              one.
            </p>
          ) : (
            <>
              <section className="dialog-section" aria-labelledby="account-password-title">
                <h3 id="account-password-title">Password</h3>
                <ResetPasswordForm account={account} />
              </section>
              <section className="dialog-section" aria-labelledby="account-access-title">
                <h3 id="account-access-title">Access</h3>
                <AccountAccess account={account} onChanged={onChanged} />
              </section>
            </>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Close
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
