// Every IPC channel of the tray app, in one place, under the app's prefix.
import type { TrayCalls } from './tray-api.ts';

/** Invoke channels, one per call of the API. */
export const IPC_CHANNELS = {
  ask: 'handraise:ask',
  requesterName: 'handraise:requester-name',
  reply: 'handraise:reply',
  feedback: 'handraise:feedback',
  listRequests: 'handraise:list-requests',
  connection: 'handraise:connection',
  captureScreenshot: 'handraise:capture-screenshot',
  blurScreenshot: 'handraise:blur-screenshot',
  dropScreenshot: 'handraise:drop-screenshot',
  aboutThisComputer: 'handraise:about-this-computer',
  whoLooked: 'handraise:who-looked',
  helpDesk: 'handraise:help-desk',
  quickFixes: 'handraise:quick-fixes',
  fixWorked: 'handraise:fix-worked',
  locale: 'handraise:locale',
  liveViewers: 'handraise:live-viewers',
} as const satisfies { [K in keyof TrayCalls]: `handraise:${string}` };

/** Where the preload puts the TrayApi: `window.handraise`. */
export const TRAY_API_GLOBAL = 'handraise';

/** The one channel main pushes TrayEvents on. */
export const IPC_EVENT_CHANNEL = 'handraise:event';

export type IpcCallName = keyof typeof IPC_CHANNELS;
