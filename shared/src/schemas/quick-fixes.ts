// Quick fixes: short answers the school writes per help category, which the tray shows before
// someone asks ("Printer says paper jam but there is none: open tray 2 and close it").
import { z } from 'zod';
import { MAX_SHORT_STRING } from '../limits.ts';
import { idSchema } from './common.ts';
import { helpCategorySchema, type HelpCategory } from './help.ts';

/** Longest fix, in characters: a sentence or two someone reads standing at the computer. */
export const MAX_QUICK_FIX_CHARS = 300;
/** Most fixes one category holds: more than a handful is a manual nobody reads. */
export const MAX_QUICK_FIXES_PER_CATEGORY = 20;
/** Most fixes the tray shows for one category, the ones that saved the most requests first. */
export const QUICK_FIXES_SHOWN = 5;
/** Most rooms one fix names. */
export const MAX_QUICK_FIX_ROOMS = 50;
/**
 * One device counts once per fix within this window, in ms, for "shown" and for "This fixed it":
 * a student clicking twice, or a tray asked again, does not inflate the figures.
 */
export const QUICK_FIX_COUNT_WINDOW_MS = 10 * 60_000;
/** `help:fixes` per device: a person picks a category a few times a minute at most. */
export const QUICK_FIX_ASK_RATE_LIMIT = { requests: 30, windowMs: 60_000 } as const;

/** The platforms a fix can be limited to. */
export const QUICK_FIX_PLATFORMS = ['windows', 'macos', 'linux'] as const;
export const quickFixPlatformSchema = z.enum(QUICK_FIX_PLATFORMS);
export type QuickFixPlatform = z.infer<typeof quickFixPlatformSchema>;

/** The words of a fix: trimmed, 1–300 characters, line breaks allowed, no other control characters. */
const fixText = z
  .string()
  .trim()
  .min(1)
  .max(MAX_QUICK_FIX_CHARS)
  .regex(/^(?:[^\p{Cc}]|\n)*$/u, 'no control characters');

/** Room names as devices carry them, compared exactly; duplicates dropped. */
const roomNames = z
  .array(z.string().trim().min(1).max(MAX_SHORT_STRING))
  .max(MAX_QUICK_FIX_ROOMS)
  .transform((list) => [...new Set(list)]);

const platformList = z
  .array(quickFixPlatformSchema)
  .max(QUICK_FIX_PLATFORMS.length)
  .transform((list) => [...new Set(list)]);

/** `POST /api/quick-fixes`. Empty `rooms` / `platforms`: every room / every platform. */
export const quickFixCreateSchema = z.strictObject({
  category: helpCategorySchema,
  text: fixText,
  rooms: roomNames.default([]),
  platforms: platformList.default([]),
});
export type QuickFixCreate = z.infer<typeof quickFixCreateSchema>;

/** `PATCH /api/quick-fixes/:fixId`: what changes; at least one field. */
export const quickFixUpdateSchema = z
  .strictObject({
    category: helpCategorySchema.optional(),
    text: fixText.optional(),
    rooms: roomNames.optional(),
    platforms: platformList.optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'nothing to change');
export type QuickFixUpdate = z.infer<typeof quickFixUpdateSchema>;

export const quickFixIdParamsSchema = z.strictObject({ fixId: idSchema });

/** `PUT /api/quick-fixes/teachers`: whether teacher advisors may write fixes (off by default). */
export const quickFixTeachersSchema = z.strictObject({ teachersWrite: z.boolean() });

/** A fix as the console shows it, with what it did. */
export type QuickFix = {
  id: string;
  category: HelpCategory;
  text: string;
  /** Empty: every room. */
  rooms: string[];
  /** Empty: every platform. */
  platforms: QuickFixPlatform[];
  /** The display name of whoever wrote it (or last changed it). */
  writtenBy: string;
  createdAt: string;
  updatedAt: string;
  /** How often a tray showed it (once per device per window). */
  shown: number;
  /** How often someone said "This fixed it": requests it saved. */
  saved: number;
  /** Whether the caller may change or delete it (a teacher: only fixes within their rooms). */
  mayEdit: boolean;
};

/** `GET /api/quick-fixes/access`: whether the caller may read and write quick fixes now. */
export type QuickFixAccess = { mayWrite: boolean };

/** `GET /api/quick-fixes`: the fixes, and whether teachers may write them. */
export type QuickFixList = { teachersWrite: boolean; fixes: QuickFix[] };

/** `help:fixes`: the fixes for this computer in a category (its room and platform). */
export const helpFixesSchema = z.strictObject({ category: helpCategorySchema });

/** `help:fix-worked`: "This fixed it" on one of them. */
export const helpFixWorkedSchema = z.strictObject({ fixId: idSchema });

/** A fix as the tray shows it. */
export type OfferedFix = { id: string; text: string };
