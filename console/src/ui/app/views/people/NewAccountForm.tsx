import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { userCreateSchema, type User } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import {
  ACCOUNT_KIND_OPTIONS,
  advisorFieldsOf,
  listsOf,
  roleFieldsOf,
  timetableProblem,
  type AccountKind,
} from './account-kind.ts';
import { AdvisorScopeFields } from './AdvisorScopeFields.tsx';
import { FormOutcome } from '../../components/FormOutcome.tsx';

/** Adds an account; the same schema as the hub checks the fields before anything is sent. */
export function NewAccountForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { api } = useHub();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [kind, setKind] = useState<AccountKind>('student');
  const [lists, setLists] = useState(listsOf(null));
  const [error, setError] = useState('');
  const [created, setCreated] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated('');
    const problem = timetableProblem(kind, lists);
    if (problem) return setError(problem);
    const { timetable, ...advisorFields } = advisorFieldsOf(kind, lists);
    const input = userCreateSchema.safeParse({
      // Left empty, the hub shows the username instead.
      ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      username: username.trim(),
      password,
      ...roleFieldsOf(kind),
      ...advisorFields,
      // No timetable: on duty by the switch alone, which is what the hub assumes without one.
      ...(timetable && timetable.length > 0 ? { timetable } : {}),
    });
    if (!input.success) {
      const path = input.error.issues[0]?.path[0];
      return setError(
        path === 'scope'
          ? 'A student advisor helps in at least one room or site: name it.'
          : 'Use letters, digits, dots, dashes or underscores for the username, and at least 8 characters for the password.',
      );
    }
    const result = await api<User>('/api/users', { body: input.data });
    if (!result.ok) {
      return setError(
        result.error === 'invalid-state'
          ? 'That username is taken.'
          : 'The account was not created.',
      );
    }
    setError('');
    setCreated(`${result.data.displayName} can now sign in as “${result.data.username}”.`);
    setDisplayName('');
    setUsername('');
    setPassword('');
    setLists(listsOf(null));
    onCreated(result.data);
  };

  return (
    <Card title="Add an account" id="new-account-title">
      <Form
        className="page"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="new-account-title"
      >
        <TextInput
          label="Name"
          description="Shown to students they help; left empty, the username is shown."
          value={displayName}
          onChange={setDisplayName}
        />
        <TextInput
          label="Username"
          autoComplete="off"
          value={username}
          onChange={setUsername}
          isRequired
        />
        <TextInput
          label="First password"
          description="8 characters or more; hand it over in person."
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <SelectField
          label="Role"
          options={ACCOUNT_KIND_OPTIONS}
          value={kind}
          onChange={(v) => setKind(v as AccountKind)}
        />
        <AdvisorScopeFields kind={kind} lists={lists} onChange={setLists} />
        <FormOutcome error={error} done={created} />
        <div className="form-actions">
          <Button type="submit" className="button primary">
            Create account
          </Button>
        </div>
      </Form>
    </Card>
  );
}
