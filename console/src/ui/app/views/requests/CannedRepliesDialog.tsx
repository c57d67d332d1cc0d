import { useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import type { CannedReply, ErrorCode } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { useHub } from '../../state/hub-context.ts';
import { useCannedReplies } from './canned-replies-context.tsx';
import { useAnnounce } from './desk-announcer.tsx';

const ERRORS: Partial<Record<ErrorCode, string>> = {
  'invalid-payload': 'A reply needs a title (up to 80 characters) and its words (up to 2,000).',
  'invalid-state': 'The school keeps 100 canned replies at most: remove one first.',
  'not-found': 'That reply was removed meanwhile.',
  unavailable: 'The hub did not answer. Check the connection and try again.',
};

type Draft = { id: string | null; title: string; text: string };
const EMPTY: Draft = { id: null, title: '', text: '' };

/**
 * The coordinator's canned replies: write, change and remove them. Helpers insert them in a
 * message from the composer's picker.
 */
export function CannedRepliesDialog() {
  const { api } = useHub();
  const announce = useAnnounce();
  const { data, reload } = useCannedReplies();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const body = { title: draft.title, text: draft.text };
    const result = draft.id
      ? await api<CannedReply>(`/api/canned-replies/${draft.id}`, { method: 'PATCH', body })
      : await api<CannedReply>('/api/canned-replies', { body });
    setBusy(false);
    if (!result.ok) return setError(ERRORS[result.error] ?? 'That did not work. Try again.');
    setError('');
    setDraft(EMPTY);
    announce(draft.id ? `Saved "${result.data.title}"` : `Added "${result.data.title}"`);
    reload();
  };

  const remove = async (reply: CannedReply) => {
    const result = await api(`/api/canned-replies/${reply.id}`, { method: 'DELETE' });
    if (!result.ok) return setError(ERRORS[result.error] ?? 'That did not work. Try again.');
    if (draft.id === reply.id) setDraft(EMPTY);
    announce(`Removed "${reply.title}"`);
    reload();
  };

  return (
    <ModalDialog size="roomy" trigger={<Button className="button">Canned replies…</Button>}>
      {({ close }) => (
        <>
          <Heading slot="title">Canned replies</Heading>
          <p className="muted">
            Helpers insert these in a message to the requester and edit them before sending.
          </p>
          {data && data.length > 0 ? (
            <ul className="canned-list" aria-label="Canned replies">
              {data.map((reply) => (
                <li key={reply.id}>
                  <div>
                    <strong>{reply.title}</strong>
                    <p className="muted">{reply.text}</p>
                  </div>
                  <Button
                    className="button"
                    aria-label={`Edit "${reply.title}"`}
                    onPress={() => setDraft({ id: reply.id, title: reply.title, text: reply.text })}
                  >
                    Edit
                  </Button>
                  <Button
                    className="button danger"
                    aria-label={`Remove "${reply.title}"`}
                    onPress={() => void remove(reply)}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">No canned replies yet.</p>
          )}
          <form
            className="composer"
            aria-label={draft.id ? 'Change the reply' : 'New reply'}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <TextInput
              label="Title"
              value={draft.title}
              onChange={(title) => setDraft({ ...draft, title })}
            />
            <TextInput
              label="Reply"
              multiline
              value={draft.text}
              onChange={(text) => setDraft({ ...draft, text })}
            />
            <p className="field-error" role="alert">
              {error}
            </p>
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                Done
              </Button>
              {draft.id && (
                <Button className="button" onPress={() => setDraft(EMPTY)}>
                  Cancel the change
                </Button>
              )}
              <Button
                type="submit"
                className="button primary"
                isDisabled={busy || !draft.title.trim() || !draft.text.trim()}
              >
                {draft.id ? 'Save reply' : 'Add reply'}
              </Button>
            </div>
          </form>
        </>
      )}
    </ModalDialog>
  );
}
