import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';

type Props = { isDisabled: boolean; onEscalate: (note: string) => Promise<void> };

/** Passes a request to the coordinator, with an optional note only staff will read. */
export function EscalateDialog({ isDisabled, onEscalate }: Props) {
  const [note, setNote] = useState('');
  return (
    <ModalDialog
      trigger={
        <Button className="button" isDisabled={isDisabled}>
          Escalate…
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">Escalate to the coordinator</Heading>
          <p className="muted">
            The requester sees that their request went to the IT coordinator. Your note is only for
            staff.
          </p>
          <TextInput
            label="Note for the coordinator (optional)"
            multiline
            value={note}
            onChange={setNote}
            autoFocus
          />
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button
              className="button primary"
              onPress={() => {
                void onEscalate(note.trim()).then(() => {
                  setNote('');
                  close();
                });
              }}
            >
              Escalate
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
