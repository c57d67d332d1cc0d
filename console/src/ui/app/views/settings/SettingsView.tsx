import { useHub } from '../../state/hub-context.ts';
import { AppearanceCard } from './AppearanceCard.tsx';
import { HubSettingsForm } from './HubSettingsForm.tsx';
import { NotificationsCard } from './NotificationsCard.tsx';

/**
 * Hub-wide settings (coordinators change them, advisors read them), and this computer's theme and
 * desktop notifications.
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
              ? 'How school computers reach this hub, and how long it keeps requests.'
              : 'Only the IT coordinator changes hub settings; you can choose the theme.'}
          </p>
        </div>
      </header>
      <div className="grid two">
        <HubSettingsForm canEdit={user.role === 'coordinator'} />
        <AppearanceCard />
        <NotificationsCard />
      </div>
    </div>
  );
}
