// Builds the TrayApi over any transport: Electron's ipcRenderer in the preload, a test bridge in
// the browser test. The window sees plain promises; a refused call rejects with its error code.
import { IPC_CHANNELS, IPC_EVENT_CHANNEL, type IpcCallName } from './channels.ts';
import type { IpcResult, TrayApi, TrayCalls, TrayEvent } from './tray-api.ts';

/** How calls and pushed events travel between the window and main. */
export type TrayTransport = {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  /** Follows one channel; returns the function that stops following. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
};

/** Thrown into the window when main refuses or fails a call; `message` is the kebab-case code. */
export class TrayCallError extends Error {
  override name = 'TrayCallError';
}

/** The TrayApi over `transport`. */
export function createTrayApiClient(transport: TrayTransport): TrayApi {
  const call =
    <K extends IpcCallName>(name: K) =>
    async (...args: Parameters<TrayCalls[K]>): Promise<Awaited<ReturnType<TrayCalls[K]>>> => {
      const result = (await transport.invoke(IPC_CHANNELS[name], args)) as IpcResult<
        Awaited<ReturnType<TrayCalls[K]>>
      >;
      // Only the code crosses the bridge: exception text from main never reaches the page.
      if (!result.ok) throw new TrayCallError(result.error);
      return result.data;
    };
  return {
    ask: call('ask'),
    requesterName: call('requesterName'),
    reply: call('reply'),
    feedback: call('feedback'),
    listRequests: call('listRequests'),
    connection: call('connection'),
    captureScreenshot: call('captureScreenshot'),
    blurScreenshot: call('blurScreenshot'),
    dropScreenshot: call('dropScreenshot'),
    aboutThisComputer: call('aboutThisComputer'),
    whoLooked: call('whoLooked'),
    helpDesk: call('helpDesk'),
    quickFixes: call('quickFixes'),
    fixWorked: call('fixWorked'),
    locale: call('locale'),
    liveViewers: call('liveViewers'),
    onEvent: (listener) =>
      transport.on(IPC_EVENT_CHANNEL, (payload) => listener(payload as TrayEvent)),
  };
}
