import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { plural } from '../../lib/format.ts';

/** The option that asks for a room the fleet does not have yet. */
const NEW_ROOM = '\u0000new';

type Props = {
  count: number;
  /** The fleet's rooms, in the order people number them. */
  rooms: readonly string[];
  /** Moves the selected computers; answers an error sentence, or null once done. */
  onMove: (room: string) => Promise<string | null>;
};

/**
 * Moves the selected computers to one of the fleet's rooms or a new one. The room decides which
 * advisors see a computer and its requests, so the dialog says so before anything moves, and no
 * room is chosen beforehand: one Enter must not move the whole selection somewhere by default.
 */
export function MoveToRoomDialog({ count, rooms, onMove }: Props) {
  const [choice, setChoice] = useState<string | null>(null);
  const [newRoom, setNewRoom] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const room = (choice === NEW_ROOM ? newRoom.trim() : choice) ?? '';
  const options = [
    ...rooms.map((r) => ({ id: r, label: r })),
    { id: NEW_ROOM, label: 'A new room…' },
  ];

  return (
    <ModalDialog
      trigger={<Button className="button small">Move to room…</Button>}
      onOpenChange={(open) => {
        if (open) return;
        setError('');
        setChoice(null);
        setNewRoom('');
      }}
    >
      {({ close }) => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!room) return setError('Name the room.');
            setBusy(true);
            void onMove(room).then((refused) => {
              setBusy(false);
              if (refused) setError(refused);
              else close();
            });
          }}
        >
          <Heading slot="title">Move {plural(count, 'computer')} to a room</Heading>
          <p>
            Advisors of the new room will see {count === 1 ? 'it' : 'them'} and{' '}
            {count === 1 ? 'its' : 'their'} requests; those of the old room no longer will, unless
            they are helping with one that is still open.
          </p>
          <SelectField
            label="Room"
            options={options}
            value={choice}
            onChange={setChoice}
            placeholder="Choose a room"
          />
          {choice === NEW_ROOM && (
            <TextInput label="New room’s name" value={newRoom} onChange={setNewRoom} autoFocus />
          )}
          <p className="form-error" role="alert">
            {error}
          </p>
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button className="button primary" type="submit" isDisabled={busy || !room}>
              Move
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
