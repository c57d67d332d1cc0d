import { useEffect, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  agentUpdateSettingsSchema,
  type AgentRelease,
  type AgentUpdateSettings,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { FormOutcome } from '../../components/FormOutcome.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { hubMessage } from '../../lib/api.ts';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { platformLabel } from '../hardware/agent-versions-labels.ts';
import { uploadRelease } from './release-upload.ts';

/** Days as the hub counts them (0 Sunday), in a school week's order. */
const DAYS = [
  { day: 1, name: 'Monday' },
  { day: 2, name: 'Tuesday' },
  { day: 3, name: 'Wednesday' },
  { day: 4, name: 'Thursday' },
  { day: 5, name: 'Friday' },
  { day: 6, name: 'Saturday' },
  { day: 0, name: 'Sunday' },
] as const;

/**
 * Agent updates, the coordinator's: whether computers update themselves, the school hours they
 * never update in, the school's release key, and the releases the hub offers (upload, remove).
 */
export function AgentUpdatesCard() {
  const { api } = useHub();
  const settings = useApiData<AgentUpdateSettings>('/api/agent-updates/settings');
  const releases = useApiData<AgentRelease[]>('/api/agent-releases');
  const [draft, setDraft] = useState<AgentUpdateSettings | null>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!settings.data) return;
    setDraft(settings.data);
    setKey(settings.data.releaseKeys.join('\n'));
  }, [settings.data]);

  if (!draft) return null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaved(null);
    const releaseKeys = key
      .split(/\s+/)
      .map((k) => k.trim())
      .filter(Boolean);
    const parsed = agentUpdateSettingsSchema.safeParse({ ...draft, releaseKeys });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the fields.');
      return;
    }
    const result = await api<AgentUpdateSettings>('/api/agent-updates/settings', {
      method: 'PUT',
      body: parsed.data,
    });
    if (!result.ok) {
      setError(hubMessage(result) ?? 'The hub did not save the update settings. Try again.');
      return;
    }
    setError('');
    settings.setData(result.data);
    setSaved('Saved. Connected computers hear of it now.');
  }

  const toggleDay = (day: number, on: boolean) =>
    setDraft({
      ...draft,
      schoolHours: {
        ...draft.schoolHours,
        days: on
          ? [...draft.schoolHours.days, day].sort()
          : draft.schoolHours.days.filter((d) => d !== day),
      },
    });

  return (
    <Card title="Agent updates" id="agent-updates-title">
      <p className="muted">
        School computers update Handraise by themselves outside school hours, check that each
        release is signed with the school’s key first, and go back to the version they had if the
        new one cannot reach the hub.
      </p>
      <Form
        onSubmit={(event) => void save(event)}
        className="page"
        aria-labelledby="agent-updates-title"
      >
        <CheckboxField
          label="Offer new agent versions to school computers"
          isSelected={draft.enabled}
          onChange={(enabled) => setDraft({ ...draft, enabled })}
        />
        <fieldset className="quick-fix-platforms">
          <legend>School days (no updates during school hours)</legend>
          {DAYS.map(({ day, name }) => (
            <CheckboxField
              key={day}
              label={name}
              isSelected={draft.schoolHours.days.includes(day)}
              onChange={(on) => toggleDay(day, on)}
            />
          ))}
        </fieldset>
        <div className="timetable-row" role="group" aria-label="School hours">
          <label htmlFor="school-start">School hours from</label>
          <input
            id="school-start"
            className="input time"
            type="time"
            required
            value={draft.schoolHours.start}
            onChange={(e) =>
              setDraft({ ...draft, schoolHours: { ...draft.schoolHours, start: e.target.value } })
            }
          />
          <label htmlFor="school-end">to</label>
          <input
            id="school-end"
            className="input time"
            type="time"
            required
            value={draft.schoolHours.end}
            onChange={(e) =>
              setDraft({ ...draft, schoolHours: { ...draft.schoolHours, end: e.target.value } })
            }
          />
        </div>
        <p className="muted">In each computer’s own time zone.</p>
        <TextInput
          label="School release key"
          description="The public key `handraise-agent release keygen` printed. Installers carry the same key; the hub takes only releases signed with it."
          value={key}
          onChange={setKey}
          multiline
        />
        <FormOutcome error={error} done={saved} />
        <div className="form-actions">
          <Button type="submit" className="button primary">
            Save update settings
          </Button>
        </div>
      </Form>
      <Releases
        releases={releases.data ?? []}
        onChanged={releases.reload}
        canUpload={(settings.data?.releaseKeys.length ?? 0) > 0}
      />
    </Card>
  );
}

function Releases({
  releases,
  onChanged,
  canUpload,
}: {
  releases: AgentRelease[];
  onChanged: () => void;
  canUpload: boolean;
}) {
  const { api } = useHub();
  const [pkg, setPkg] = useState<File | null>(null);
  const [signed, setSigned] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!pkg || !signed) {
      setError('Choose the package and its .release.json file.');
      return;
    }
    const result = await uploadRelease(pkg, signed);
    if (!result.ok) {
      setError(hubMessage(result) ?? 'The hub did not take the release. Try again.');
      return;
    }
    setError('');
    setDone(
      `Version ${result.data.version} for ${platformLabel(result.data.platform)} is offered.`,
    );
    onChanged();
  }

  async function remove(release: AgentRelease) {
    const result = await api(`/api/agent-releases/${release.id}`, { method: 'DELETE' });
    if (result.ok) onChanged();
    else setError('The hub did not remove the release. Try again.');
  }

  return (
    <>
      <h3 id="agent-releases-title" className="overview-subheading">
        Releases offered
      </h3>
      {releases.length === 0 ? (
        <p className="muted" data-testid="agent-releases-empty">
          No releases yet: computers keep the version they have.
        </p>
      ) : (
        <table className="data-table auto" aria-labelledby="agent-releases-title">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">System</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {releases.map((release) => (
              <tr key={release.id}>
                <td>{release.version}</td>
                <td>
                  {platformLabel(release.platform)} ({release.arch})
                </td>
                <td className="numeric">{formatBytes(release.size)}</td>
                <td>
                  {formatDateTime(release.addedAt)}
                  {release.shipped && ' (came with the hub)'}
                </td>
                <td>
                  <Button
                    className="button quiet small"
                    aria-label={`Remove ${release.version} for ${platformLabel(release.platform)} (${release.arch})`}
                    onPress={() => void remove(release)}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canUpload && (
        <Form
          onSubmit={(event) => void upload(event)}
          className="page"
          aria-labelledby="agent-upload-title"
        >
          <h3 id="agent-upload-title" className="overview-subheading">
            Upload a release
          </h3>
          <div className="field">
            <label htmlFor="release-package">Agent package</label>
            <input
              id="release-package"
              className="input"
              type="file"
              onChange={(e) => setPkg(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="field">
            <label htmlFor="release-signed">Its signature file (.release.json)</label>
            <input
              id="release-signed"
              className="input"
              type="file"
              accept=".json,application/json"
              onChange={(e) => setSigned(e.target.files?.[0] ?? null)}
            />
          </div>
          <FormOutcome error={error} done={done} />
          <div className="form-actions">
            <Button type="submit" className="button">
              Upload release
            </Button>
          </div>
        </Form>
      )}
    </>
  );
}
