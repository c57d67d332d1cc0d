// Update tasks: a finding turned into work, ticked off by inventories.
import { z } from 'zod';
import { idSchema, shortString } from '../common.ts';
import { titleKeySchema } from './verdicts.ts';

export type UpdateTaskLine = {
  deviceId: string;
  deviceName: string;
  room: string | null;
  /** The version the device ran when the task was made (null: required and missing). */
  startVersion: string | null;
  /** Set by the hub when an inventory shows the title current; nobody ticks it by hand. */
  doneAt: string | null;
  doneVersion: string | null;
};

export type UpdateTask = {
  id: string;
  titleKey: string;
  titleName: string;
  /** "Chrome behind on 12 machines in Room 204" */
  summary: string;
  note: string | null;
  site: string | null;
  room: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** The display name of the coordinator who made it. */
  createdBy: string;
  createdAt: string;
  state: 'open' | 'done' | 'cancelled';
  doneAt: string | null;
  lines: UpdateTaskLine[];
};

/** `POST /api/tasks`: a finding (a title behind, in a site or room) becomes a task. */
export const taskCreateSchema = z.strictObject({
  titleKey: titleKeySchema,
  site: shortString.min(1).optional(),
  room: shortString.min(1).optional(),
  assigneeId: idSchema.nullable().optional(),
  note: shortString.max(1000).optional(),
});

/** `PATCH /api/tasks/:taskId`: reassign or cancel. */
export const taskUpdateSchema = z
  .strictObject({
    assigneeId: idSchema.nullable().optional(),
    state: z.literal('cancelled').optional(),
  })
  .refine((u) => u.assigneeId !== undefined || u.state !== undefined, {
    message: 'nothing to change',
  });

export const taskIdPayloadSchema = z.strictObject({ taskId: idSchema });
