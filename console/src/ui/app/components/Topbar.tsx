import { Button } from 'react-aria-components';
import { useHub } from '../state/hub-context.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { DutySwitch } from './DutySwitch.tsx';
import { SignOutIcon } from './icons.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { AccountDialog } from '../views/auth/AccountDialog.tsx';

/** Connection state, on duty or not, theme, and who is signed in (their account, a click away). */
export function Topbar() {
  const { connection, signOut } = useHub();
  return (
    <header className="topbar">
      <ConnectionIndicator state={connection} />
      <span className="spacer" />
      <DutySwitch />
      <ThemeToggle />
      <AccountDialog />
      <Button className="button quiet icon-only" aria-label="Sign out" onPress={signOut}>
        <SignOutIcon />
      </Button>
    </header>
  );
}
