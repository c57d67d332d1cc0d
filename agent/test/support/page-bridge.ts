// Runs inside the page under test in place of the preload: the real TrayApi client, whose
// transport calls into the test process (page.exposeFunction) and receives events from it.
import { TRAY_API_GLOBAL } from '../../src/ipc/channels.ts';
import { createTrayApiClient } from '../../src/ipc/tray-api-client.ts';
import { INVOKE_BINDING, PUSH_FUNCTION } from './bridge-names.ts';

type BridgeWindow = Window &
  Record<string, unknown> & {
    [INVOKE_BINDING]?: (channel: string, args: unknown[]) => Promise<unknown>;
  };

const page = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

page[PUSH_FUNCTION] = (channel: string, payload: unknown) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

page[TRAY_API_GLOBAL] = createTrayApiClient({
  invoke: (channel, args) => {
    const invoke = page[INVOKE_BINDING];
    if (!invoke) return Promise.reject(new Error('no bridge to the test process'));
    return invoke(channel, args);
  },
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => void set.delete(listener);
  },
});
