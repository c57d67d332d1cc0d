import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** localStorage: a theme is a preference of this computer, not of the session. */
const THEME_KEY = 'handraise.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The saved preference, "system" by default. */
export function loadThemePreference(): ThemePreference {
  const saved = localStorage.getItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** The theme a preference means on this computer right now. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Puts the theme on <html>, where the stylesheets read it. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

const subscribeSystem = (onChange: () => void) => {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** The theme in use, the preference behind it, and a setter that remembers the choice. */
export function useTheme(): {
  theme: Theme;
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
} {
  const [preference, setPreferenceState] = useState(loadThemePreference);
  const systemDark = useSyncExternalStore(
    subscribeSystem,
    () => window.matchMedia(DARK_QUERY).matches,
  );
  const theme = resolveTheme(preference, systemDark);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    // Another tab changed the preference: follow it.
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_KEY) setPreferenceState(loadThemePreference());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const setPreference = useCallback((next: ThemePreference) => {
    if (next === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next);
    setPreferenceState(next);
  }, []);
  return { theme, preference, setPreference };
}
