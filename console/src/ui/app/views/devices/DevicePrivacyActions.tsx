import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { DeviceDataExport, PrivacyDeletion } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { plural } from '../../lib/format.ts';
import { navigate } from '../../lib/route.ts';
import { fileSafe, saveJson } from '../../lib/save-json.ts';
import { useHub } from '../../state/hub-context.ts';

type Props = {
  device: { id: string; name: string };
  /** How many of its requests the console holds: the dialog says how many go. */
  requestCount: number;
};

/**
 * For the coordinator, on a computer's page: hand over everything Handraise keeps about it as a
 * file (for a family's or the district's request), or delete all of it for good. The hub checks
 * the role again; advisors never see these.
 */
export function DevicePrivacyActions({ device, requestCount }: Props) {
  const { api, user } = useHub();
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (user.role !== 'coordinator') return null;
  const path = `/api/privacy/devices/${encodeURIComponent(device.id)}`;

  const exportData = async () => {
    setBusy(true);
    setNote(null);
    const result = await api<DeviceDataExport>(`${path}/export`);
    setBusy(false);
    if (!result.ok) return setNote({ text: 'The export did not work. Try again.', failed: true });
    const fileName = `${fileSafe(device.name)}-data.json`;
    saveJson(result.data, fileName);
    setNote({ text: `Saved ${fileName}.`, failed: false });
  };

  const deleteAll = async () => {
    const result = await api<PrivacyDeletion>(path, { method: 'DELETE' });
    if (!result.ok)
      return setNote({
        text: `${device.name} was not deleted. Reload the page and try again.`,
        failed: true,
      });
    // Nothing is left to show here: back to the list, which no longer has it.
    navigate('devices');
  };

  return (
    <div className="device-privacy">
      <Card title="Privacy" id="device-privacy-title">
        <p className="muted">
          Everything Handraise keeps about this computer: its inventory, its requests with their
          screenshots, snapshots and conversations, and the log of who looked at it.
        </p>
        <div className="form-actions">
          <Button className="button" isDisabled={busy} onPress={() => void exportData()}>
            {busy ? 'Exporting…' : 'Export data'}
          </Button>
          <ConfirmDialog
            trigger={
              <Button className="button danger">Delete everything about this computer…</Button>
            }
            heading={`Delete everything about ${device.name}?`}
            cancelLabel="Keep it"
            confirmLabel={`Delete ${device.name}`}
            onConfirm={deleteAll}
          >
            This deletes {device.name}&apos;s inventory (hardware, software, updates),{' '}
            {plural(requestCount, 'help request')} with{' '}
            {requestCount === 1
              ? 'its screenshot, snapshot and conversation'
              : 'their screenshots, snapshots and conversations'}
            , and the log of who looked at it. Its agent is turned away from now on; to bring the
            computer back, enroll it again. This cannot be undone, so export the data first if
            anyone may ask for it.
          </ConfirmDialog>
        </div>
        <p className={note?.failed ? 'form-error' : 'muted'} role="status">
          {note?.text}
        </p>
      </Card>
    </div>
  );
}
