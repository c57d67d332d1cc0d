import type { ReactElement } from 'react';
import {
  Dialog,
  DialogTrigger,
  Modal,
  ModalOverlay,
  type DialogProps,
} from 'react-aria-components';

type Props = {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  /** A larger modal than the usual one. */
  size?: 'roomy' | 'wide';
  /** 'alertdialog' for a question that interrupts, such as a confirmation. */
  role?: 'dialog' | 'alertdialog';
  onOpenChange?: (isOpen: boolean) => void;
  /** The dialog's content, usually `({ close }) => …` with a `Heading slot="title"` first. */
  children: DialogProps['children'];
};

/** A modal dialog opened by a button; Escape or a press outside closes it. */
export function ModalDialog({ trigger, size, role, onOpenChange, children }: Props) {
  return (
    <DialogTrigger onOpenChange={onOpenChange}>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className={size ? `modal ${size}` : 'modal'}>
          <Dialog className="dialog" role={role}>
            {children}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
