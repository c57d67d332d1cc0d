// What the tray and the machine-wide service say to each other over the local channel. Every
// frame a client sends is parsed here before the service acts on it: the client is another
// account's program, so nothing it sends is trusted beyond what these schemas allow.
import { z } from 'zod';
import {
  helpCategorySchema,
  helpFixWorkedSchema,
  idSchema,
  MAX_HELP_TEXT_CHARS,
  shortString,
} from '@handraise/shared';

/** The challenge's random part: 32 bytes in hex, also the proof file's name. */
export const nonceSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A screenshot travels as base64; its bytes are checked again by the help desk. */
const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Each call the tray may make: its parameters' schema. */
export const CHANNEL_METHODS = {
  /** The caller's requests, the hub connection and who is watching: the tray's first view. */
  state: z.strictObject({}),
  list: z.strictObject({}),
  ask: z.strictObject({
    category: helpCategorySchema,
    text: z.string().max(MAX_HELP_TEXT_CHARS),
    requester: shortString.optional(),
    urgent: z.boolean().optional(),
    screenshot: base64Schema.optional(),
  }),
  reply: z.strictObject({ requestId: idSchema, text: z.string().max(MAX_HELP_TEXT_CHARS) }),
  feedback: z.strictObject({ requestId: idSchema, fixed: z.boolean() }),
  looks: z.strictObject({}),
  helpDesk: z.strictObject({}),
  quickFixes: z.strictObject({ category: helpCategorySchema }),
  fixWorked: helpFixWorkedSchema,
  /** What "About this computer" says of the service's enrollment. */
  facts: z.strictObject({}),
} as const;
export type ChannelMethod = keyof typeof CHANNEL_METHODS;
export type ChannelParams<M extends ChannelMethod> = z.infer<(typeof CHANNEL_METHODS)[M]>;

const methodNames = Object.keys(CHANNEL_METHODS) as [ChannelMethod, ...ChannelMethod[]];

/** A frame from a client: the proof of who it is, then calls. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('prove'),
    nonce: nonceSchema,
    /** Who the client believes it is; refused when the proof says otherwise. */
    claimedId: z.string().max(200).optional(),
  }),
  z.strictObject({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    method: z.enum(methodNames),
    params: z.unknown(),
  }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

/** Error codes a client may see. The connection is closed after the first six. */
export type ChannelErrorCode =
  | 'bad-frame'
  | 'frame-too-large'
  | 'unauthenticated'
  | 'forbidden'
  | 'proof-expired'
  | 'too-many-connections'
  | 'bad-request'
  | 'not-found'
  | 'too-large'
  /** The account has as many requests waiting to be sent as it may; nothing was saved. */
  | 'too-many-waiting'
  | 'unavailable'
  | 'internal';

/** The service's enrollment, as "About this computer" shows it. */
export type ServiceFacts = {
  hub: string | null;
  enrolled: boolean;
  inventoryEveryHours: number;
};

export type ServerFrame =
  | { type: 'challenge'; nonce: string; proofs: string }
  | { type: 'welcome'; account: { id: string; name: string } }
  | { type: 'result'; id: number; ok: true; data: unknown }
  | { type: 'result'; id: number; ok: false; error: ChannelErrorCode; message: string }
  | { type: 'event'; event: unknown }
  | { type: 'error'; error: ChannelErrorCode; message: string };
