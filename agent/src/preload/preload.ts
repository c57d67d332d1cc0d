// The help window's preload: exposes exactly the TrayApi, never ipcRenderer itself, so the page
// can only ask for what the contract names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { TRAY_API_GLOBAL } from '../ipc/channels.ts';
import { createTrayApiClient } from '../ipc/tray-api-client.ts';
import type { TrayApi } from '../ipc/tray-api.ts';

const api = createTrayApiClient({
  invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
  on(channel, listener) {
    // A fresh wrapper per subscription, so removing it removes exactly this one.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
}) satisfies TrayApi;

contextBridge.exposeInMainWorld(TRAY_API_GLOBAL, api);
