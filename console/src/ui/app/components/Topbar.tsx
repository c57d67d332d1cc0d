import { Button } from 'react-aria-components';
import { ROLE_LABELS } from '../lib/labels.ts';
import { useHub } from '../state/hub-context.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { DutySwitch } from './DutySwitch.tsx';
import { SignOutIcon } from './icons.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

/** Connection state, on duty or not, theme, and who is signed in. */
export function Topbar() {
  const { user, connection, signOut } = useHub();
  return (
    <header className="topbar">
      <ConnectionIndicator state={connection} />
      <span className="spacer" />
      <DutySwitch />
      <ThemeToggle />
      <div className="user-chip">
        <span>{user.displayName}</span>
        <span className="role">{ROLE_LABELS[user.role]}</span>
      </div>
      <Button className="button quiet icon-only" aria-label="Sign out" onPress={signOut}>
        <SignOutIcon />
      </Button>
    </header>
  );
}
