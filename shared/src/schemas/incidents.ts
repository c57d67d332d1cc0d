// Room incidents: several requests from one room about the same thing within a short window are
// handled as one (claimed, escalated and resolved together).
import { z } from 'zod';
import { idSchema } from './common.ts';

/** Bounds on how many requests from one room about one category make an incident. */
export const INCIDENT_MIN_REQUESTS_MIN = 2;
export const INCIDENT_MIN_REQUESTS_MAX = 20;
/** Bounds on the window those requests must fall in, in minutes. */
export const INCIDENT_WINDOW_MINUTES_MIN = 1;
export const INCIDENT_WINDOW_MINUTES_MAX = 120;

/** Settings fields (`PUT /api/settings`); left out, each stays as it is. */
export const incidentSettingsSchema = z.strictObject({
  incidentMinRequests: z
    .number()
    .int()
    .min(INCIDENT_MIN_REQUESTS_MIN)
    .max(INCIDENT_MIN_REQUESTS_MAX)
    .optional(),
  incidentWindowMinutes: z
    .number()
    .int()
    .min(INCIDENT_WINDOW_MINUTES_MIN)
    .max(INCIDENT_WINDOW_MINUTES_MAX)
    .optional(),
});

/** `request:split`: the request leaves its incident and is handled on its own again. */
export const requestSplitSchema = z.strictObject({ requestId: idSchema });

/** `request:merge`: the request joins the incident of `intoRequestId` (made for both if none). */
export const requestMergeSchema = z
  .strictObject({ requestId: idSchema, intoRequestId: idSchema })
  .refine((merge) => merge.requestId !== merge.intoRequestId, {
    message: 'a request cannot merge into itself',
  });

/** A request can be merged into another only while both are open. */
export const INCIDENT_OPEN_STATES = ['new', 'claimed', 'escalated'] as const;
