import { useEffect, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  CLOSE_RESOLVED_AFTER_DAYS_MAX,
  CLOSE_RESOLVED_AFTER_DAYS_MIN,
  ESCALATE_AFTER_MINUTES_MAX,
  ESCALATE_AFTER_MINUTES_MIN,
  INCIDENT_MIN_REQUESTS_MAX,
  INCIDENT_MIN_REQUESTS_MIN,
  INCIDENT_WINDOW_MINUTES_MAX,
  INCIDENT_WINDOW_MINUTES_MIN,
  MAX_FALLBACK_CONTACT_CHARS,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  SCREENSHOT_RETENTION_DAYS_MAX,
  SCREENSHOT_RETENTION_DAYS_MIN,
  settingsUpdateSchema,
  type HubSettingsView,
} from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { useHub } from '../../state/hub-context.ts';
import { useSettings } from '../../state/use-settings.ts';
import {
  AgentBudgetFields,
  BUDGET_PARTS,
  budgetDraft,
  budgetError,
  draftNumber,
  type BudgetDraft,
  type BudgetPart,
} from './AgentBudgetFields.tsx';

/**
 * The address agents use, how long requests wait and are kept, what the tray tells someone who
 * cannot wait, what student advisors see, and what an agent may cost its computer: the
 * coordinator's to set.
 */
export function HubSettingsForm() {
  const { api } = useHub();
  const { settings, setSettings } = useSettings();
  const [address, setAddress] = useState('');
  const [retention, setRetention] = useState('');
  const [screenshotRetention, setScreenshotRetention] = useState('');
  const [escalateAfter, setEscalateAfter] = useState('');
  const [closeAfter, setCloseAfter] = useState('');
  const [fallback, setFallback] = useState('');
  const [studentsSeeSoftware, setStudentsSeeSoftware] = useState(false);
  const [incidentMin, setIncidentMin] = useState('');
  const [incidentWindow, setIncidentWindow] = useState('');
  const [budget, setBudget] = useState<BudgetDraft | null>(null);
  const [budgetErrors, setBudgetErrors] = useState<Partial<Record<BudgetPart, string>>>({});
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!settings) return;
    setAddress(settings.hubAddress ?? '');
    setRetention(String(settings.retentionDays));
    setScreenshotRetention(String(settings.screenshotRetentionDays));
    setEscalateAfter(String(settings.escalateAfterMinutes));
    setCloseAfter(String(settings.closeResolvedAfterDays));
    setFallback(settings.fallbackContact ?? '');
    setStudentsSeeSoftware(settings.studentsSeeSoftware);
    setIncidentMin(String(settings.incidentMinRequests));
    setIncidentWindow(String(settings.incidentWindowMinutes));
    setBudget(budgetDraft(settings));
  }, [settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // The budget's parts are checked one by one, so each field can say what it takes.
    const budgetProblems: Partial<Record<BudgetPart, string>> = {};
    for (const part of BUDGET_PARTS) {
      const problem = budget && budgetError(part, budget[part]);
      if (problem) budgetProblems[part] = problem;
    }
    setBudgetErrors(budgetProblems);
    const firstBudgetProblem = Object.values(budgetProblems)[0];
    if (firstBudgetProblem) return setError(firstBudgetProblem);
    const input = settingsUpdateSchema.safeParse({
      hubAddress: address.trim() ? address.trim().replace(/\/+$/, '') : null,
      retentionDays: Number(retention),
      screenshotRetentionDays: Number(screenshotRetention),
      escalateAfterMinutes: Number(escalateAfter),
      closeResolvedAfterDays: Number(closeAfter),
      // Blank is none: the hub stores null.
      fallbackContact: fallback,
      studentsSeeSoftware,
      incidentMinRequests: Number(incidentMin),
      incidentWindowMinutes: Number(incidentWindow),
      ...(budget &&
        Object.fromEntries(BUDGET_PARTS.map((part) => [part, draftNumber(budget[part])]))),
    });
    if (!input.success) {
      if (input.error.issues.some((issue) => String(issue.path[0]).startsWith('incident')))
        return setError(
          `A room incident takes ${INCIDENT_MIN_REQUESTS_MIN} to ${INCIDENT_MIN_REQUESTS_MAX} requests within ${INCIDENT_WINDOW_MINUTES_MIN} to ${INCIDENT_WINDOW_MINUTES_MAX} minutes.`,
        );
      if (input.error.issues.some((issue) => issue.path[0] === 'screenshotRetentionDays'))
        return setError(
          `Keep screenshots between ${SCREENSHOT_RETENTION_DAYS_MIN} and ${SCREENSHOT_RETENTION_DAYS_MAX} days.`,
        );
      if (input.error.issues.some((issue) => issue.path[0] === 'fallbackContact'))
        return setError(
          `Keep the line for requesters to ${MAX_FALLBACK_CONTACT_CHARS} characters or fewer.`,
        );
      return setError(
        `Give the address as http://name-or-ip:port, keep requests between ${RETENTION_DAYS_MIN} and ${RETENTION_DAYS_MAX} days, escalate after ${ESCALATE_AFTER_MINUTES_MIN} to ${ESCALATE_AFTER_MINUTES_MAX} minutes, and close resolved requests after ${CLOSE_RESOLVED_AFTER_DAYS_MIN} to ${CLOSE_RESOLVED_AFTER_DAYS_MAX} days.`,
      );
    }
    // The hub refuses it too; said here, the field's own words can name both numbers.
    if ((input.data.screenshotRetentionDays ?? 0) > input.data.retentionDays)
      return setError(
        `Screenshots go with their request: keep them ${input.data.retentionDays} days or fewer, or keep requests longer.`,
      );
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
          label="Keep screenshots of finished requests for (days)"
          description="A finished request's screenshot and the computer's details taken with it are deleted after this; its words and conversation stay as long as the request."
          type="number"
          inputMode="numeric"
          value={screenshotRetention}
          onChange={setScreenshotRetention}
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
          label="Requests that make a room incident"
          description="This many requests from one room about the same thing become one incident, handled together."
          type="number"
          inputMode="numeric"
          value={incidentMin}
          onChange={setIncidentMin}
        />
        <TextInput
          label="Incident window (minutes)"
          description="How close together those requests must come. Later ones from the room join the incident while it is open."
          type="number"
          inputMode="numeric"
          value={incidentWindow}
          onChange={setIncidentWindow}
        />
        <TextInput
          label="Close resolved requests after (days)"
          description="A resolved request nobody reopens closes by itself then."
          type="number"
          inputMode="numeric"
          value={closeAfter}
          onChange={setCloseAfter}
        />
        <TextInput
          label="When a requester cannot wait"
          description={`What the tray tells someone after they ask for help, for when their class is stopped; up to ${MAX_FALLBACK_CONTACT_CHARS} characters. Left empty, it says nothing more.`}
          placeholder="If your class is stopped, call extension 1234"
          maxLength={MAX_FALLBACK_CONTACT_CHARS}
          value={fallback}
          onChange={setFallback}
        />
        <div className="field">
          <CheckboxField
            label="Student advisors may see the software list of a computer they help with"
            isSelected={studentsSeeSoftware}
            onChange={setStudentsSeeSoftware}
          />
          <p className="description">
            Only while a request of that computer is assigned to them and open, as with its other
            details; never its serial number. Teacher advisors always see it.
          </p>
        </div>
        {budget && (
          <AgentBudgetFields
            draft={budget}
            onChange={(part, text) => {
              setBudget({ ...budget, [part]: text });
              // An error stays until its field changes: the browser holds the form back while
              // a field is marked invalid, so a corrected value must clear it to be sent.
              setBudgetErrors(({ [part]: _cleared, ...others }) => others);
            }}
            errors={budgetErrors}
          />
        )}
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
