// Registers every IPC handler of the tray app; each checks who is calling before anything else.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '@handraise/shared';
import { IPC_CHANNELS, type IpcCallName } from '../ipc/channels.ts';
import type { IpcRouter } from '../tray/ipc-router.ts';

/** Handles every channel of the contract; returns the function that removes the handlers. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: IpcRouter,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const names = Object.keys(IPC_CHANNELS) as IpcCallName[];
  for (const name of names) {
    ipcMain.handle(IPC_CHANNELS[name], (event, ...args: unknown[]) =>
      // Any other page (a link that slipped through, a devtools frame) gets nothing.
      isTrustedSender(event) ? router.dispatch(name, args) : fail('forbidden'),
    );
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(IPC_CHANNELS[name]);
  };
}
