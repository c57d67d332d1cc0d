// The help window's entry: finds the API the preload exposed and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { trayApi } from './tray-api.ts';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={trayApi()} />
    </StrictMode>,
  );
}
