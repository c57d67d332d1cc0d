import { Button, Heading } from 'react-aria-components';
import { ChevronDownIcon } from '../../components/icons.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { useHub } from '../../state/hub-context.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** The signed-in person's name in the top bar; it opens their account: who they are, password. */
export function AccountDialog() {
  const { user } = useHub();
  return (
    <ModalDialog
      trigger={
        <Button className="button quiet user-chip">
          <span className="sr-only">My account: </span>
          <span className="who">
            <span>{user.displayName}</span>
            <span className="role">{ROLE_LABELS[user.role]}</span>
          </span>
          <ChevronDownIcon size={14} />
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">My account</Heading>
          <p className="muted">
            Signed in as <strong>{user.username}</strong>, {ROLE_LABELS[user.role]}.
          </p>
          <section className="dialog-section" aria-labelledby="my-password-title">
            <h3 id="my-password-title">Change my password</h3>
            <ChangePasswordForm />
          </section>
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
