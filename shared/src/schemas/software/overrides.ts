// Title identity overrides: merges and splits the coordinator makes.
import { z } from 'zod';
import { idSchema } from '../common.ts';
import { softwareSourceSchema, type SoftwareSource } from '../inventory.ts';
import { titleKeySchema } from './verdicts.ts';

/**
 * A coordinator's correction of the normalizer. A merge sends every item of `fromKey` to `intoKey`;
 * a split sends only one source's items of `fromKey` to a title of their own.
 */
export type TitleOverride = {
  id: string;
  fromKey: string;
  source: SoftwareSource | null;
  intoKey: string;
  intoName: string;
  createdAt: string;
};

/** `POST /api/software/merges`: "these two are one title". */
export const titleMergeSchema = z
  .strictObject({ fromKey: titleKeySchema, intoKey: titleKeySchema })
  .refine((m) => m.fromKey !== m.intoKey, { message: 'a title cannot merge into itself' });

/** `POST /api/software/splits`: "this source's items are a title of their own". */
export const titleSplitSchema = z.strictObject({
  key: titleKeySchema,
  source: softwareSourceSchema,
});

export const overrideIdPayloadSchema = z.strictObject({ overrideId: idSchema });
