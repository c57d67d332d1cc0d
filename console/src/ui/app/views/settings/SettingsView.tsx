import { useHub } from '../../state/hub-context.ts';
import { AgentUpdatesCard } from './AgentUpdatesCard.tsx';
import { AppearanceCard } from './AppearanceCard.tsx';
import { HubCertificateCard } from './HubCertificateCard.tsx';
import { HubSettingsForm } from './HubSettingsForm.tsx';
import { NotificationsCard } from './NotificationsCard.tsx';

/**
 * Hub-wide settings (the coordinator's alone), and this computer's theme and desktop
 * notifications.
 */
export function SettingsView() {
  const { user } = useHub();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="subtitle">
            {user.role === 'coordinator'
              ? 'How school computers reach this hub, how requests wait and are kept, what requesters and student advisors are told, and what the agent may cost a computer.'
              : 'How this console looks and tells you of new requests. The IT coordinator keeps the hub’s settings.'}
          </p>
        </div>
      </header>
      <div className="grid two">
        {user.role === 'coordinator' && <HubSettingsForm />}
        {user.role === 'coordinator' && <HubCertificateCard />}
        {user.role === 'coordinator' && <AgentUpdatesCard />}
        <AppearanceCard />
        <NotificationsCard />
      </div>
    </div>
  );
}
