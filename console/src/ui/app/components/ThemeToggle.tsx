import { ToggleButton } from 'react-aria-components';
import { useThemeChoice } from '../state/theme-context.ts';
import { MoonIcon, SunIcon } from './icons.tsx';

/** Switches between light and dark; Settings also offers "follow the system". */
export function ThemeToggle() {
  const { theme, setPreference } = useThemeChoice();
  const dark = theme === 'dark';
  return (
    <ToggleButton
      className="button quiet icon-only"
      aria-label="Dark theme"
      isSelected={dark}
      onChange={(selected) => setPreference(selected ? 'dark' : 'light')}
    >
      {dark ? <MoonIcon /> : <SunIcon />}
    </ToggleButton>
  );
}
