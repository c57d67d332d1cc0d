import { z } from 'zod';
import { MAX_HELP_TEXT_CHARS } from '../limits.ts';
import { idSchema } from './common.ts';
import { multiLine } from './plain-text.ts';
import type { HelpCategory, RequestState } from './help.ts';

/** One line of a request as the requester sees it in the tray. */
export type RequesterMessage = {
  id: string;
  at: string;
  /** `helper`: an advisor or the coordinator; `requester`: someone at this computer. */
  from: 'requester' | 'helper';
  /** `incident-joined`: others in the room asked about the same thing (see room incidents). */
  kind: 'message' | 'claimed' | 'state-changed' | 'incident-joined';
  /** The helper's display name; requesters are not named to each other. */
  name: string | null;
  body: string | null;
};

/** A help request as the computer that raised it sees it: no screenshot, no internal notes. */
export type RequesterRequest = {
  id: string;
  /** The number people say aloud ("request 42"). */
  number: number;
  idempotencyKey: string;
  category: HelpCategory;
  text: string;
  state: RequestState;
  createdAt: string;
  updatedAt: string;
  helperName: string | null;
  messages: RequesterMessage[];
};

/** `help:list`: this device's own requests. */
export const helpListSchema = z.strictObject({});

/** `help:reply`: the requester answers a helper. Keyed so a retry from the outbox is stored once. */
export const helpReplySchema = z.strictObject({
  requestId: idSchema,
  idempotencyKey: z.uuid(),
  text: multiLine(z.string().trim().min(1).max(MAX_HELP_TEXT_CHARS)),
});
export type HelpReply = z.infer<typeof helpReplySchema>;

/** `help:feedback`: "Fixed" closes the request, "Still broken" reopens it. */
export const helpFeedbackSchema = z.strictObject({
  requestId: idSchema,
  idempotencyKey: z.uuid(),
  fixed: z.boolean(),
});
export type HelpFeedback = z.infer<typeof helpFeedbackSchema>;

/** `request:message`: a helper writes to the requester. */
export const requestMessageSchema = z.strictObject({
  requestId: idSchema,
  text: multiLine(z.string().trim().min(1).max(MAX_HELP_TEXT_CHARS)),
});

/** Someone who may come to help, as a requester sees them: a first name and what they are. */
export type HelperOnDuty = { name: string; role: 'advisor' | 'coordinator' };

/**
 * `help:desk`: this computer as the school knows it, and who could come now: the name, site and
 * room it was enrolled into, the helpers on duty who cover it, and the school's fallback line.
 */
export type HelpDeskInfo = {
  deviceName: string;
  site: string | null;
  room: string | null;
  /** Its seat label in the room ("B3"); absent when it has none (or the hub keeps no seats). */
  seat?: string | null;
  onDuty: HelperOnDuty[];
  /** "If your class is stopped, call extension 1234"; null when the school set none. */
  fallbackContact: string | null;
};
