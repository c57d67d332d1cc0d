// The console UI's entry: applies the theme before the first paint, then renders the app.
import './lib/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyTheme, loadThemePreference, resolveTheme } from './lib/theme.ts';

applyTheme(
  resolveTheme(loadThemePreference(), window.matchMedia('(prefers-color-scheme: dark)').matches),
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
