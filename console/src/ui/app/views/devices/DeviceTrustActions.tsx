import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { DeviceTrustState, SecretRotated } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useHub } from '../../state/hub-context.ts';
import { useApiData } from '../../state/use-api-data.ts';

type Props = { device: { id: string; name: string; online: boolean } };

/**
 * For the coordinator, on a computer's page: stop trusting it (a lost laptop, a copied secret),
 * or give its agent a new secret so a copied one stops working. The hub checks the role again;
 * advisors never see these.
 */
export function DeviceTrustActions({ device }: Props) {
  const { api, user } = useHub();
  const path = `/api/devices/${encodeURIComponent(device.id)}`;
  const trust = useApiData<DeviceTrustState>(user.role === 'coordinator' ? `${path}/trust` : null);
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (user.role !== 'coordinator' || !trust.data) return null;
  const { revokedAt } = trust.data;

  const revoke = async () => {
    const result = await api<DeviceTrustState>(`${path}/revoke`, { method: 'POST' });
    if (!result.ok) {
      return setNote({ text: `${device.name} was not revoked. Try again.`, failed: true });
    }
    trust.setData(result.data);
    setNote(null);
  };

  const rotate = async () => {
    setBusy(true);
    setNote(null);
    const result = await api<SecretRotated>(`${path}/rotate-secret`, { method: 'POST' });
    setBusy(false);
    if (result.ok) {
      return setNote({
        text: `${device.name} has a new secret. The old one no longer works.`,
        failed: false,
      });
    }
    setNote({
      text:
        result.error === 'invalid-state'
          ? `${device.name} did not take a new secret: it must be online, with an up-to-date agent. Its secret did not change.`
          : result.error === 'conflict'
            ? `Two copies of this computer's agent are connecting: revoke it and enroll it again. Its secret did not change.`
            : `The secret did not change. Try again.`,
      failed: true,
    });
  };

  return (
    <div className="device-trust">
      <Card title="Trust" id="device-trust-title">
        {revokedAt ? (
          <p data-testid="device-trust-state">
            Revoked on {formatDateTime(revokedAt)}: its agent is turned away and says so on the
            computer. To bring it back, enroll it again.
          </p>
        ) : (
          <>
            <p className="muted" data-testid="device-trust-state">
              Its agent proves who it is with a secret only it holds. Give it a new one if the old
              one may have been copied; revoke the computer if it was lost or stolen.
            </p>
            <div className="form-actions">
              <Button
                className="button"
                isDisabled={busy || !device.online}
                onPress={() => void rotate()}
              >
                {busy ? 'Changing…' : 'Rotate secret'}
              </Button>
              <ConfirmDialog
                trigger={<Button className="button danger">Revoke…</Button>}
                heading={`Revoke ${device.name}?`}
                cancelLabel="Keep trusting it"
                confirmLabel={`Revoke ${device.name}`}
                onConfirm={revoke}
              >
                {device.name}&apos;s agent is disconnected and turned away from now on; its tray
                tells whoever uses it. Its requests and inventory stay. To bring it back, enroll it
                again.
              </ConfirmDialog>
            </div>
            {!device.online && (
              <p className="muted">A new secret can only be given while the computer is online.</p>
            )}
          </>
        )}
        <p className={note?.failed ? 'form-error' : 'muted'} role="status">
          {note?.text}
        </p>
      </Card>
    </div>
  );
}
