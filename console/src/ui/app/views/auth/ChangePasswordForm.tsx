import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { passwordChangeSchema } from '@handraise/shared';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { FormOutcome } from '../../components/FormOutcome.tsx';

/** What each refusal means to the person changing their password. */
const ERRORS: Partial<Record<string, string>> = {
  forbidden: 'That is not your current password.',
  'rate-limited': 'Too many wrong passwords. Wait a few minutes, then try again.',
  'invalid-payload': 'The new password needs 8 characters or more.',
};

/** One's own password: the current one proves it is them; other sessions are signed out. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { api } = useHub();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (next !== repeat) return setError('The two new passwords are not the same.');
    const input = passwordChangeSchema.safeParse({ currentPassword: current, newPassword: next });
    if (!input.success) return setError(ERRORS['invalid-payload'] ?? '');
    setBusy(true);
    const result = await api<{ changed: true }>('/api/me/password', {
      method: 'PUT',
      body: input.data,
    });
    setBusy(false);
    if (!result.ok) {
      return setError(ERRORS[result.error] ?? 'The password was not changed. Try again.');
    }
    setError('');
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone('Password changed. Any other console signed in as you has been signed out.');
    onChanged?.();
  };

  return (
    <Form className="page" onSubmit={(event) => void submit(event)} aria-label="Change my password">
      <TextInput
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        isRequired
      />
      <TextInput
        label="New password"
        description="8 characters or more; a short sentence is easy to remember."
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        isRequired
      />
      <TextInput
        label="New password again"
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
        isRequired
      />
      <FormOutcome error={error} done={done} />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </Button>
      </div>
    </Form>
  );
}
