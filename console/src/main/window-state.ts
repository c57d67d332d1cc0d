import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** Where and how big the console window was; restored at the next start. */
const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  // A window smaller than this is unusable; larger than any screen is clamped by the OS.
  width: z.number().int().min(640).max(16_384),
  height: z.number().int().min(480).max(16_384),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** The saved state, or the default when there is none or it is unreadable. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Saves the state through a temporary file, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const parsed = windowStateSchema.safeParse(state);
  if (!parsed.success) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(parsed.data));
  renameSync(temporary, file);
}
