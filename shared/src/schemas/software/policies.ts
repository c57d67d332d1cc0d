// The coordinator's software policies: a minimum version, a required or a banned title.
import { z } from 'zod';
import { idSchema, nonEmptyShortString, shortString } from '../common.ts';
import { platformSchema, type Platform } from '../inventory.ts';
import { titleKeySchema } from './verdicts.ts';

export const POLICY_KINDS = ['minimum', 'required', 'banned'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** `POST /api/software/policies` */
export const policyCreateSchema = z
  .strictObject({
    titleKey: titleKeySchema,
    /** Shown where the title is not yet installed anywhere (a required title). */
    titleName: nonEmptyShortString.max(200).optional(),
    kind: z.enum(POLICY_KINDS),
    version: nonEmptyShortString.max(100).optional(),
    platform: platformSchema.optional(),
    note: shortString.max(500).optional(),
  })
  .refine((p) => (p.kind === 'minimum') === (p.version !== undefined), {
    message: 'a minimum needs a version, and only a minimum has one',
    path: ['version'],
  });
export type PolicyCreate = z.infer<typeof policyCreateSchema>;

export type SoftwarePolicy = {
  id: string;
  titleKey: string;
  titleName: string;
  kind: PolicyKind;
  version: string | null;
  platform: Platform | null;
  note: string | null;
  createdAt: string;
};

export const policyIdPayloadSchema = z.strictObject({ policyId: idSchema });
