// The console UI's entry: applies the theme before the first paint, then starts the app in three
// steps, each a task of its own (React; zod; the app and its controls), so that no single task
// keeps the page from answering for long while it starts.
import { applyTheme, loadThemePreference, resolveTheme } from './lib/theme.ts';

applyTheme(
  resolveTheme(loadThemePreference(), window.matchMedia('(prefers-color-scheme: dark)').matches),
);

/** Lets the browser run what waits (input, painting) before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const root = document.getElementById('root');
if (root) {
  const [{ StrictMode }, { createRoot }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
  ]);
  await nextTask();
  // Before any schema exists (see lib/zod-jitless.ts).
  await import('./lib/zod-jitless.ts');
  await nextTask();
  const { App } = await import('./App.tsx');
  await nextTask();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
