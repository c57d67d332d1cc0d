import { Button, Form } from 'react-aria-components';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { useTextSubmit } from './use-text-submit.ts';

/**
 * A private note on the request for staff: the coordinator and its helpers read it, the requester
 * never does. Shown to whom the hub lets write one (the coordinator, the helper holding it).
 */
export function StaffNoteComposer({ requestId }: { requestId: string }) {
  const { ask } = useHub();
  const { form, text, setText, error, busy, submit } = useTextSubmit(
    (note) => ask('request:staff-note', { requestId, text: note }),
    {
      done: 'Staff note added',
      failed: 'The note was not saved. Check the connection and try again.',
    },
  );

  return (
    <Form
      ref={form}
      className="composer staff-note-composer"
      onSubmit={(event) => void submit(event)}
      aria-label="Staff note"
    >
      <TextInput
        label="Staff note (the requester never sees it)"
        multiline
        value={text}
        onChange={setText}
        placeholder="e.g. Toner is low in this room; ordered more."
      />
      <div className="form-actions">
        <p className="field-error" role="alert">
          {error}
        </p>
        <Button type="submit" className="button" isDisabled={busy || !text.trim()}>
          Add staff note
        </Button>
      </div>
    </Form>
  );
}
