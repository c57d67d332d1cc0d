import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Card } from '../../components/Card.tsx';
import {
  askNotificationPermission,
  notificationPermission,
  type NotificationPermissionState,
} from '../../lib/desktop-notifications.ts';

const EXPLANATIONS: Record<NotificationPermissionState, string> = {
  granted:
    'On: when a request arrives or is offered to you while the console is in the background, this computer shows a notification.',
  default:
    'Off: turn them on to hear about new requests while the console is behind other windows. Going on duty asks too.',
  denied:
    'Blocked for this page. To allow them, change the notification setting for this site in the browser.',
  unsupported: 'This browser cannot show desktop notifications.',
};

/**
 * Desktop notifications for new requests, on this computer. The browser remembers the choice;
 * the hub stores nothing. Permission is asked only from this button, as browsers require.
 */
export function NotificationsCard() {
  const [permission, setPermission] = useState(notificationPermission);
  return (
    <Card title="Desktop notifications" id="notifications-title">
      <p className="muted" data-testid="notifications-state">
        {EXPLANATIONS[permission]}
      </p>
      {permission === 'default' && (
        <Button
          className="button primary"
          onPress={() => void askNotificationPermission().then(setPermission)}
        >
          Turn on desktop notifications
        </Button>
      )}
    </Card>
  );
}
