import { useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from './desk-announcer.tsx';

type Outcome = { ok: boolean };

/**
 * A form that sends one text to the hub: the text, a busy flag, the error shown when it fails, and
 * after success an empty field with the focus back in it (where the next words go) and a spoken
 * confirmation.
 */
export function useTextSubmit(
  send: (text: string) => Promise<Outcome>,
  words: { done: string; failed: string },
) {
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const focusField = () => form.current?.querySelector('textarea')?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    const result = await send(text.trim());
    setBusy(false);
    if (result.ok) {
      setText('');
      setError('');
      announce(words.done);
      focusField();
    } else {
      setError(words.failed);
    }
  };

  return { form, text, setText, error, busy, submit, focusField };
}
