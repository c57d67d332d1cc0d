// A quick fix as its form holds it, and the body the hub takes from it.
import {
  MAX_QUICK_FIX_CHARS,
  type HelpCategory,
  type QuickFix,
  type QuickFixPlatform,
} from '@handraise/shared';
import { namesIn } from '../people/account-kind.ts';

export type QuickFixDraft = {
  category: HelpCategory;
  text: string;
  /** Room names as typed, comma-separated; empty for every room. */
  rooms: string;
  platforms: QuickFixPlatform[];
};

export const EMPTY_DRAFT: QuickFixDraft = {
  category: 'printer',
  text: '',
  rooms: '',
  platforms: [],
};

export const draftOf = (fix: QuickFix): QuickFixDraft => ({
  category: fix.category,
  text: fix.text,
  rooms: fix.rooms.join(', '),
  platforms: fix.platforms,
});

/** What is wrong with the draft before the hub is asked, in words; null when it can go. */
export function draftProblem(draft: QuickFixDraft): string | null {
  const text = draft.text.trim();
  if (!text) return 'Write the fix: what to try, in a sentence or two.';
  if (text.length > MAX_QUICK_FIX_CHARS)
    return `Keep it to ${MAX_QUICK_FIX_CHARS} characters (it has ${text.length}).`;
  return null;
}

/** The body of `POST /api/quick-fixes` or `PATCH …/:id`. */
export const bodyOf = (draft: QuickFixDraft) => ({
  category: draft.category,
  text: draft.text.trim(),
  rooms: namesIn(draft.rooms),
  platforms: draft.platforms,
});

/** The hub's refusal in words. */
export function refusalOf(error: string): string {
  switch (error) {
    case 'forbidden':
      return 'You may write fixes only for the rooms you cover. Name one or more of them.';
    case 'invalid-state':
      return 'This category already has as many fixes as it may hold: change or delete one first.';
    case 'not-found':
      return 'This fix was deleted meanwhile.';
    default:
      return 'The fix was not saved. Check it and try again.';
  }
}
