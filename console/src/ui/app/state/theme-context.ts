import { createContext, useContext } from 'react';
import type { Theme, ThemePreference } from '../lib/theme.ts';

export type ThemeContextValue = {
  theme: Theme;
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
};

export const ThemeContext = createContext<ThemeContextValue | null>(null);

/** The theme in use and the setter that remembers a choice. */
export function useThemeChoice(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useThemeChoice outside ThemeContext');
  return value;
}
