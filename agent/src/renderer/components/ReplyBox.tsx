// "Write back": a few words to the helper. Enter makes a new line; the button sends.
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

export function ReplyBox(props: { onReply: (text: string) => Promise<void> }) {
  const t = useT();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setError('');
    props
      .onReply(text)
      .then(() => setText(''))
      .catch(() => setError(t('ask.failed')))
      .finally(() => {
        setSending(false);
        // Send was disabled while it went, which drops the focus to the page: the box takes it
        // back, ready for the next words (the reply itself is read out by the conversation log).
        box.current?.focus();
      });
  };

  return (
    <form className="reply" onSubmit={send}>
      <label htmlFor="reply-text" className="section-label">
        {t('reply.label')}
      </label>
      <textarea
        ref={box}
        id="reply-text"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={!text.trim() || sending}>
        {t('reply.send')}
      </button>
    </form>
  );
}
