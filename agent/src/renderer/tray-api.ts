import { TRAY_API_GLOBAL } from '../ipc/channels.ts';
import type { TrayApi } from '../ipc/tray-api.ts';

/** The TrayApi the preload put on `window`; the page has no other way out. */
export function trayApi(): TrayApi {
  const api = (window as unknown as Partial<Record<string, TrayApi>>)[TRAY_API_GLOBAL];
  if (!api) throw new Error('the help window was opened without its preload');
  return api;
}

/** The error code of a refused call (see TrayCallError), or `internal` for anything else. */
export function errorCode(error: unknown): string {
  return error instanceof Error ? error.message : 'internal';
}
