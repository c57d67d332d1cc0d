import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { askNotificationPermission, notificationPermission } from '../lib/desktop-notifications.ts';
import { useHub } from '../state/hub-context.ts';

/**
 * "On duty" in the top bar: a switch, so its state reads the same to the eye and to a screen
 * reader. The state shown is the hub's list, so every console of this person agrees (a period
 * of their timetable puts them on it too).
 */
export function DutySwitch() {
  const { user, onDuty, setOnDuty, connection } = useHub();
  const [saving, setSaving] = useState(false);
  const isOn = onDuty.some((p) => p.id === user.id);

  const change = (next: boolean) => {
    // Going on duty is when requests start to come: ask for notifications then, in the click
    // (browsers ask only from a gesture), unless this person already answered.
    if (next && notificationPermission() === 'default') void askNotificationPermission();
    setSaving(true);
    void setOnDuty(next).finally(() => setSaving(false));
  };

  return (
    <Switch
      className="duty-switch"
      isSelected={isOn}
      onChange={change}
      isDisabled={saving || connection !== 'live'}
    >
      <span className="track" aria-hidden="true">
        <span className="thumb" />
      </span>
      {/* One name in both states (the switch itself says on or off), so voice control finds it. */}
      <span className="label">On duty</span>
    </Switch>
  );
}
