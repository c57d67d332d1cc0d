import { useEffect, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  CLOSE_RESOLVED_AFTER_DAYS_MAX,
  CLOSE_RESOLVED_AFTER_DAYS_MIN,
  ESCALATE_AFTER_MINUTES_MAX,
  ESCALATE_AFTER_MINUTES_MIN,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  settingsUpdateSchema,
  type HubSettingsView,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { useSettings } from '../../state/use-settings.ts';

/** The address agents use and how long resolved requests are kept: the coordinator's to set. */
export function HubSettingsForm() {
  const { api } = useHub();
  const { settings, setSettings } = useSettings();
  const [address, setAddress] = useState('');
  const [retention, setRetention] = useState('');
  const [escalateAfter, setEscalateAfter] = useState('');
  const [closeAfter, setCloseAfter] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!settings) return;
    setAddress(settings.hubAddress ?? '');
    setRetention(String(settings.retentionDays));
    setEscalateAfter(String(settings.escalateAfterMinutes));
    setCloseAfter(String(settings.closeResolvedAfterDays));
  }, [settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = settingsUpdateSchema.safeParse({
      hubAddress: address.trim() ? address.trim().replace(/\/+$/, '') : null,
      retentionDays: Number(retention),
      escalateAfterMinutes: Number(escalateAfter),
      closeResolvedAfterDays: Number(closeAfter),
    });
    if (!input.success) {
      return setError(
        `Give the address as http://name-or-ip:port, keep requests between ${RETENTION_DAYS_MIN} and ${RETENTION_DAYS_MAX} days, escalate after ${ESCALATE_AFTER_MINUTES_MIN} to ${ESCALATE_AFTER_MINUTES_MAX} minutes, and close resolved requests after ${CLOSE_RESOLVED_AFTER_DAYS_MIN} to ${CLOSE_RESOLVED_AFTER_DAYS_MAX} days.`,
      );
    }
    const result = await api<HubSettingsView>('/api/settings', { method: 'PUT', body: input.data });
    if (!result.ok) return setError('The settings were not saved. Try again.');
    setError('');
    setSaved(true);
    setSettings(result.data);
  };

  if (!settings) return <p className="card empty">Loading…</p>;
  return (
    <Card title="Hub" id="hub-settings-title">
      <Form
        className="page"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="hub-settings-title"
      >
        <TextInput
          label="Hub address for school computers"
          description="What agents connect to, e.g. http://192.168.1.20:7300. It goes into the install command."
          type="url"
          value={address}
          onChange={setAddress}
          placeholder={settings.suggestedAddresses[0] ?? 'http://hub.school.lan:7300'}
        />
        {settings.suggestedAddresses.length > 0 && (
          <div className="suggestions">
            <span className="muted">This hub answers at:</span>
            {settings.suggestedAddresses.map((a) => (
              <Button
                key={a}
                className="button small"
                onPress={() => setAddress(a)}
                aria-label={`Use ${a}`}
              >
                {a}
              </Button>
            ))}
          </div>
        )}
        <TextInput
          label="Keep resolved requests for (days)"
          description="Requests and their screenshots older than this are deleted."
          type="number"
          inputMode="numeric"
          value={retention}
          onChange={setRetention}
        />
        <TextInput
          label="Escalate unclaimed requests after (minutes)"
          description="A request nobody takes comes to you by itself then; a class that is stopped waits a third of it."
          type="number"
          inputMode="numeric"
          value={escalateAfter}
          onChange={setEscalateAfter}
        />
        <TextInput
          label="Close resolved requests after (days)"
          description="A resolved request nobody reopens closes by itself then."
          type="number"
          inputMode="numeric"
          value={closeAfter}
          onChange={setCloseAfter}
        />
        <p className="form-error" role="alert">
          {error}
        </p>
        {saved && (
          <p className="notice good" role="status">
            Saved.
          </p>
        )}
        <div className="form-actions">
          <Button type="submit" className="button primary">
            Save settings
          </Button>
        </div>
      </Form>
    </Card>
  );
}
