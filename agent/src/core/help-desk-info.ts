// The school's answer to `help:desk` (this computer's enrolled name, site and room, who is on duty
// for it, the fallback line), kept in the agent's data so the tray can show it offline too.
import { z } from 'zod';
import { MAX_FALLBACK_CONTACT_CHARS, MAX_SHORT_STRING, type HelpDeskInfo } from '@handraise/shared';
import type { Outbox } from './outbox.ts';

const CACHE_KEY = 'help-desk-info';

const text = z.string().max(MAX_SHORT_STRING);

/**
 * What the hub answers, checked before it is shown or kept (and again when read back from disk).
 * Unknown fields are dropped, so a newer hub that says more still gets through.
 */
export const helpDeskInfoSchema = z.object({
  deviceName: text.min(1),
  site: text.nullable(),
  room: text.nullable(),
  seat: text.nullable().optional(),
  onDuty: z.array(z.object({ name: text.min(1), role: z.enum(['advisor', 'coordinator']) })),
  fallbackContact: z.string().max(MAX_FALLBACK_CONTACT_CHARS).nullable(),
}) satisfies z.ZodType<HelpDeskInfo>;

/** The help desk as the tray last heard it; `live`: just now, else kept from an earlier answer. */
export type KnownHelpDesk = HelpDeskInfo & { live: boolean };

/** The last answer kept in the outbox's state table (the agent's data folder, 0600). */
export function createHelpDeskCache(store: Pick<Outbox, 'getState' | 'setState'>) {
  return {
    /** The last answer, or null when there was none (or what is kept cannot be read). */
    read(): HelpDeskInfo | null {
      const kept = store.getState(CACHE_KEY);
      if (!kept) return null;
      try {
        const parsed = helpDeskInfoSchema.safeParse(JSON.parse(kept));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    /** Keeps `info`; written only when it differs, since every write waits for the disk. */
    save(info: HelpDeskInfo): void {
      const json = JSON.stringify(info);
      if (store.getState(CACHE_KEY) !== json) store.setState(CACHE_KEY, json);
    },
  };
}

/** Checks a hub's answer; null when it is not one this agent can show. */
export function parseHelpDeskInfo(answer: unknown): HelpDeskInfo | null {
  const parsed = helpDeskInfoSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
}
