import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { EnrollmentTokenCreated } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { installCommand, windowsInstallCommand } from '../../state/use-settings.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_OPTIONS = [
  { id: '1', label: 'In 1 day' },
  { id: '7', label: 'In a week' },
  { id: '30', label: 'In 30 days' },
  { id: 'never', label: 'Never (revoke by hand)' },
];

type Props = {
  hubAddress: string;
  /** The hub certificate's fingerprint for the agent to pin; null when the hub speaks plain HTTP. */
  fingerprint: string | null;
  /** Gets the new token's value: it is shown only now. */
  onCreated: (token: string) => void;
};

/** Creates an enrollment token and shows, once, the command that uses it. */
export function NewTokenForm({ hubAddress, fingerprint, onCreated }: Props) {
  const { api } = useHub();
  const [label, setLabel] = useState('');
  const [room, setRoom] = useState('');
  const [site, setSite] = useState('');
  const [expiry, setExpiry] = useState('7');
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api<EnrollmentTokenCreated>('/api/enrollment-tokens', {
      body: {
        ...(label.trim() ? { label: label.trim() } : {}),
        ...(room.trim() ? { room: room.trim() } : {}),
        ...(site.trim() ? { site: site.trim() } : {}),
        ...(expiry === 'never'
          ? {}
          : { expiresAt: new Date(Date.now() + Number(expiry) * DAY_MS).toISOString() }),
      },
    });
    if (!result.ok) return setError('The token was not created. Try again.');
    setError('');
    setToken(result.data.token);
    onCreated(result.data.token);
  };

  const command = token ? installCommand(hubAddress, token, fingerprint) : '';
  const windowsCommand = token ? windowsInstallCommand(hubAddress, token, fingerprint) : '';
  return (
    <Card title="New enrollment token" id="new-token-title">
      <Form
        className="page"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="new-token-title"
      >
        <p className="muted">
          Computers enrolled with a token join its room. Make one per room, run the command on each
          computer, then let it expire.
        </p>
        <div className="form-grid">
          <TextInput label="Room" placeholder="e.g. Library" value={room} onChange={setRoom} />
          <TextInput
            label="Site (optional)"
            placeholder="e.g. North campus"
            value={site}
            onChange={setSite}
          />
          <TextInput
            label="Label (optional)"
            placeholder="e.g. Spring rollout"
            value={label}
            onChange={setLabel}
          />
          <SelectField
            label="Expires"
            options={EXPIRY_OPTIONS}
            value={expiry}
            onChange={setExpiry}
          />
        </div>
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="form-actions">
          <Button type="submit" className="button primary">
            Create token
          </Button>
        </div>
      </Form>
      {token && (
        <div className="page" role="status">
          <p className="notice good">
            Token created. Run this on each school computer; it is shown only now. The token goes to
            the agent on its standard input, so other users of the computer cannot read it.
          </p>
          <p className="muted">macOS and Linux (a terminal):</p>
          <div className="command">
            <code data-testid="install-command">{command}</code>
            <CopyButton text={command} label="Copy command for macOS and Linux" />
          </div>
          <p className="muted">Windows (PowerShell):</p>
          <div className="command">
            <code data-testid="install-command-windows">{windowsCommand}</code>
            <CopyButton text={windowsCommand} label="Copy command for Windows" />
          </div>
        </div>
      )}
    </Card>
  );
}
