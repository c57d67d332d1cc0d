import { useEffect, useState } from 'react';
import { Button, Heading } from 'react-aria-components';
import type { IdentityMatch, ReinstallRule, ReinstallsView } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { Pill } from '../../components/Pill.tsx';
import { formatDateTime, plural } from '../../lib/format.ts';
import { reinstallRisks } from '../../lib/reinstall-risks.ts';
import { useApiData } from '../../state/use-api-data.ts';
import { useDevices, useHub } from '../../state/hub-context.ts';

const MATCH_LABELS: Record<IdentityMatch, string> = {
  'hardware-uuid': 'hardware ID',
  serial: 'serial number',
  'machine-id': 'system ID',
  macs: 'network cards',
  legacy: 'earlier identity',
};

const DAY_MS = 24 * 60 * 60 * 1000;
const RULE_OPTIONS = [
  { id: '0', label: 'Ask me each time' },
  { id: '7', label: 'Link them for the next 7 days' },
  { id: '30', label: 'Link them for the next 30 days' },
  { id: '90', label: 'Link them for the next 90 days' },
];

/** "Hardware ID and serial number". */
const matchText = (kinds: readonly IdentityMatch[]) =>
  kinds.map((k) => MATCH_LABELS[k]).join(' and ');

/**
 * For coordinators: new enrollments that look like computers Handraise already knows (a re-imaged
 * lab, a re-installed agent). Linking carries the old record's requests and tasks over; keeping
 * them apart leaves both. The rule links matching offline computers without asking, for a while.
 */
export function ReinstallsNotice() {
  const { user } = useHub();
  if (user.role !== 'coordinator') return null;
  return <CoordinatorReinstalls />;
}

function CoordinatorReinstalls() {
  const { api } = useHub();
  const deviceCount = useDevices().length;
  const view = useApiData<ReinstallsView>('/api/reinstalls');
  const { reload } = view;
  // A new enrollment arrives as a new device: look again.
  useEffect(reload, [deviceCount, reload]);
  const suggestions = view.data?.suggestions ?? [];
  const rule = view.data?.rule ?? { acceptUntil: null };
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const risks = new Map(suggestions.map((s) => [s.deviceId, reinstallRisks(s, suggestions)]));
  const waiting = suggestions.map((s) => s.deviceId);
  // Ticked at first: only the suggestions nothing speaks against. Ids that left the list drop out.
  const selected = new Set(
    chosen
      ? waiting.filter((id) => chosen.has(id))
      : waiting.filter((id) => risks.get(id)?.length === 0),
  );
  const ruleOn = rule.acceptUntil !== null && Date.parse(rule.acceptUntil) > Date.now();
  const ruleOptions = ruleOn
    ? [{ id: 'on', label: `Link them until ${formatDateTime(rule.acceptUntil!)}` }, ...RULE_OPTIONS]
    : RULE_OPTIONS;

  if (suggestions.length === 0 && !ruleOn) return null;

  const decide = async (action: 'confirm' | 'dismiss', close: () => void) => {
    setBusy(true);
    const result = await api(`/api/reinstalls/${action}`, {
      body: { deviceIds: [...selected] },
    });
    setBusy(false);
    if (!result.ok) {
      setError('The hub did not take it. Try again.');
      return;
    }
    setChosen(null);
    setError('');
    reload();
    close();
  };
  const setRule = async (days: number) => {
    const acceptUntil = days === 0 ? null : new Date(Date.now() + days * DAY_MS).toISOString();
    const result = await api<ReinstallRule>('/api/reinstalls/rule', {
      method: 'PUT',
      body: { acceptUntil },
    });
    setError(result.ok ? '' : 'The rule was not saved. Try again.');
    reload();
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <div className="notice reinstalls" role="status" data-testid="reinstalls-notice">
      <p className="grow">
        {suggestions.length > 0
          ? `${plural(suggestions.length, 'new computer')} ${suggestions.length === 1 ? 'looks' : 'look'} like ${suggestions.length === 1 ? 'a computer' : 'computers'} Handraise already knows, re-installed.`
          : 'No re-installed computers are waiting.'}
        {ruleOn &&
          ` Matching computers are linked automatically until ${formatDateTime(rule.acceptUntil!)}.`}
      </p>
      <ModalDialog
        size="wide"
        trigger={<Button className="button small">Review</Button>}
        onOpenChange={(open) => open || setError('')}
      >
        {({ close }) => (
          <>
            <Heading slot="title">Re-installed computers</Heading>
            <p>
              Each new enrollment is a device of its own. Link it to the computer it replaces to
              carry over that computer’s requests and tasks; the old record and its key are retired.
              The new computer’s tray does not show the old requests. Only the suggestions nothing
              speaks against are ticked; check the others before you tick them.
            </p>
            {suggestions.length > 0 ? (
              <div className="table-scroll compact">
                <table className="data-table auto" data-testid="reinstalls">
                  <thead>
                    <tr>
                      <th scope="col">Link</th>
                      <th scope="col">New enrollment</th>
                      <th scope="col">Looks like</th>
                      <th scope="col">Matched by</th>
                    </tr>
                  </thead>
                  <tbody>
                    {suggestions.map((s) => (
                      <tr key={s.deviceId}>
                        <td>
                          <CheckboxField
                            label={`Link ${s.name}`}
                            isSelected={selected.has(s.deviceId)}
                            onChange={(on) => toggle(s.deviceId, on)}
                          />
                        </td>
                        <td>
                          {s.name}
                          <span className="sub">
                            {s.room ?? 'No room'} · enrolled {formatDateTime(s.enrolledAt)}
                          </span>
                        </td>
                        <td>
                          {s.previous.name}
                          <span className="sub">
                            {s.previous.room ?? 'No room'} ·{' '}
                            {plural(s.previous.requests, 'request')} · last seen{' '}
                            {s.previous.lastSeenAt
                              ? formatDateTime(s.previous.lastSeenAt)
                              : 'never'}
                          </span>
                        </td>
                        <td>
                          {matchText(s.matchedBy)}
                          {risks.get(s.deviceId)?.map((risk) => (
                            <Pill key={risk} tone="warn">
                              {risk}
                            </Pill>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="empty">Nothing is waiting.</p>
            )}
            <SelectField
              label="When a re-installed computer enrolls while its old record is offline"
              options={ruleOptions}
              value={ruleOn ? 'on' : '0'}
              onChange={(id) => id !== 'on' && void setRule(Number(id))}
            />
            {ruleOn && (
              <p className="muted">
                On until {formatDateTime(rule.acceptUntil!)}. A computer links by itself only when
                its hardware ID or serial number matches, nothing contradicts it, it enrolled into
                the old record&apos;s room and the old record is offline; never on the system ID or
                network cards alone.
              </p>
            )}
            <p className="form-error" role="alert">
              {error}
            </p>
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                Close
              </Button>
              <Button
                className="button"
                isDisabled={busy || selected.size === 0}
                onPress={() => void decide('dismiss', close)}
              >
                Keep apart
              </Button>
              <Button
                className="button primary"
                isDisabled={busy || selected.size === 0}
                onPress={() => void decide('confirm', close)}
              >
                Link {plural(selected.size, 'computer')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </div>
  );
}
