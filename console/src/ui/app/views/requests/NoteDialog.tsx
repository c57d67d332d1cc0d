import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';

type Props = {
  /** The button that opens it ("Escalate…"). */
  trigger: string;
  title: string;
  /** What happens, in a line, above the note. */
  explanation: string;
  noteLabel: string;
  /** The button that does it ("Escalate"). */
  action: string;
  isDisabled: boolean;
  /** Acts with the note (empty: none); true once the hub has it, which closes the dialog. */
  onSubmit: (note: string) => Promise<boolean>;
};

/** An action on a request that takes an optional note: resolving, escalating. */
export function NoteDialog({
  trigger,
  title,
  explanation,
  noteLabel,
  action,
  isDisabled,
  onSubmit,
}: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      trigger={
        <Button className="button" isDisabled={isDisabled}>
          {trigger}
        </Button>
      }
    >
      {({ close }) => (
        <>
          <Heading slot="title">{title}</Heading>
          <p className="muted">{explanation}</p>
          <TextInput label={noteLabel} multiline value={note} onChange={setNote} autoFocus />
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button
              className="button primary"
              isDisabled={busy}
              onPress={() => {
                setBusy(true);
                void onSubmit(note.trim()).then((done) => {
                  setBusy(false);
                  if (!done) return;
                  setNote('');
                  close();
                });
              }}
            >
              {action}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
