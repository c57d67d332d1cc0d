import { Button, Form } from 'react-aria-components';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { CannedReplyPicker } from './CannedReplyPicker.tsx';
import { useTextSubmit } from './use-text-submit.ts';

/**
 * Writes to the person at the computer; the message shows in their tray at once. Shown only to
 * those who may write (mayWriteTo). A canned reply can be inserted and edited first.
 */
export function MessageComposer({ requestId }: { requestId: string }) {
  const { ask } = useHub();
  const { form, text, setText, error, busy, submit, focusField } = useTextSubmit(
    (message) => ask('request:message', { requestId, text: message }),
    {
      done: 'Message sent',
      failed: 'The message was not sent. Check the connection and try again.',
    },
  );

  const insert = (reply: string) => {
    // Added after what is already written, so nothing typed is lost.
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${reply}` : reply));
    requestAnimationFrame(focusField);
  };

  return (
    <Form
      ref={form}
      className="composer"
      onSubmit={(event) => void submit(event)}
      aria-label="Message the requester"
    >
      <CannedReplyPicker onPick={insert} />
      <TextInput
        label="Message to the requester"
        multiline
        value={text}
        onChange={setText}
        placeholder="e.g. Try restarting the browser; I am on my way."
      />
      <div className="form-actions">
        <p className="field-error" role="alert">
          {error}
        </p>
        <Button type="submit" className="button primary" isDisabled={busy || !text.trim()}>
          Send
        </Button>
      </div>
    </Form>
  );
}
