import type { ReactElement, ReactNode } from 'react';
import { Button, Heading } from 'react-aria-components';
import { ModalDialog } from './ModalDialog.tsx';

type Props = {
  /** The button that asks. */
  trigger: ReactElement;
  heading: ReactNode;
  /** What happens if confirmed, as one paragraph. */
  children: ReactNode;
  /** The safe choice, which only closes the dialog ("Cancel", "Keep it"). */
  cancelLabel: string;
  /** The danger button. */
  confirmLabel: string;
  /** Runs on confirming; the dialog closes when it has finished. */
  onConfirm: () => Promise<unknown>;
};

/** Asks before something that cannot simply be taken back (revoke, clear, cancel). */
export function ConfirmDialog({
  trigger,
  heading,
  children,
  cancelLabel,
  confirmLabel,
  onConfirm,
}: Props) {
  return (
    <ModalDialog trigger={trigger} role="alertdialog">
      {({ close }) => (
        <>
          <Heading slot="title">{heading}</Heading>
          <p>{children}</p>
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              {cancelLabel}
            </Button>
            <Button className="button danger" onPress={() => void onConfirm().then(close)}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
