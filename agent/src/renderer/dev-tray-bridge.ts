// Development only (`npm run dev`, never in a build): gives the help window its TrayApi without
// Electron. Calls and events travel over Vite's hot-reload channel to agent/tools/dev-help-window.ts,
// which runs the tray's real backend (help desk, outbox, hub connection) on a development agent.
/// <reference types="vite/client" />
import { TRAY_API_GLOBAL } from '../ipc/channels.ts';
import { createTrayApiClient } from '../ipc/tray-api-client.ts';

type Result = { id: number; result: unknown };
type Push = { channel: string; payload: unknown };

const hot = import.meta.hot;
if (hot) {
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  hot.on('handraise:result', ({ id, result }: Result) => {
    waiting.get(id)?.(result);
    waiting.delete(id);
  });
  hot.on('handraise:push', ({ channel, payload }: Push) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  });
  (window as unknown as Record<string, unknown>)[TRAY_API_GLOBAL] = createTrayApiClient({
    invoke: (channel, args) =>
      new Promise((resolve) => {
        nextId += 1;
        waiting.set(nextId, resolve);
        hot.send('handraise:invoke', { id: nextId, channel, args });
      }),
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => void set.delete(listener);
    },
  });
}
