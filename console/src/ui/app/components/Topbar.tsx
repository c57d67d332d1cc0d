import { Button } from 'react-aria-components';
import { useHub } from '../state/hub-context.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { DutySwitch } from './DutySwitch.tsx';
import { MenuIcon, SignOutIcon } from './icons.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { AccountDialog } from '../views/auth/AccountDialog.tsx';

type Props = {
  /** Narrow windows: whether the navigation menu is open, and its button. */
  menuOpen: boolean;
  onToggleMenu: () => void;
};

/**
 * The menu button (narrow windows), connection state, on duty or not, theme, and who is signed
 * in (their account, a click away). Items wrap onto a second line rather than push past the edge.
 */
export function Topbar({ menuOpen, onToggleMenu }: Props) {
  const { connection, signOut } = useHub();
  return (
    <header className="topbar">
      <Button
        className="button quiet icon-only menu-button"
        aria-label="Menu"
        aria-expanded={menuOpen}
        aria-controls="main-nav"
        onPress={onToggleMenu}
      >
        <MenuIcon />
      </Button>
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
