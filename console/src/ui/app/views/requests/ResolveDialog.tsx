import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';

type Props = {
  isDisabled: boolean;
  /** Resolves with the note (empty: none); true once the hub has it. */
  onResolve: (note: string) => Promise<boolean>;
};

/** Marks a request resolved, with an optional note on what was done that the requester reads. */
export function ResolveDialog({ isDisabled, onResolve }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      trigger={
        <Button className="button" isDisabled={isDisabled}>
          Mark resolved…
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">Mark resolved</Heading>
          <p className="muted">
            The requester is asked whether it is fixed. You can undo this for a few seconds.
          </p>
          <TextInput
            label="What was done (optional; the requester reads it)"
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
              isDisabled={busy}
              onPress={() => {
                setBusy(true);
                void onResolve(note.trim()).then((done) => {
                  setBusy(false);
                  if (!done) return;
                  setNote('');
                  close();
                });
              }}
            >
              Resolve
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
