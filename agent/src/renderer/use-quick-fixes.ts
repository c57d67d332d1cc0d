// The quick-fix step of the ask form: the school's fixes for the picked category, asked once per
// category, until the person says "Still need help". Offline (the call is refused) there is no
// step: the form asks as it always did.
import { useCallback, useEffect, useState } from 'react';
import type { HelpCategory, OfferedFix } from '@handraise/shared';
import type { TrayApi } from '../ipc/tray-api.ts';

/** `none`: show the form; `loading`: the hub is being asked; `offer`: show these fixes first. */
export type QuickFixStep =
  { kind: 'none' } | { kind: 'loading' } | { kind: 'offer'; fixes: OfferedFix[] };

export function useQuickFixes(
  api: TrayApi,
  category: HelpCategory | null,
): { step: QuickFixStep; stillNeedHelp: () => void } {
  const [found, setFound] = useState<Partial<Record<HelpCategory, OfferedFix[]>>>({});
  const [passed, setPassed] = useState<ReadonlySet<HelpCategory>>(new Set());
  const asked = category !== null && category in found;

  useEffect(() => {
    if (category === null || asked) return;
    let current = true;
    const keep = (fixes: OfferedFix[]) => {
      if (current) setFound((known) => ({ ...known, [category]: fixes }));
    };
    // Refused (offline, an older hub): nothing to offer, the form is there at once.
    api.quickFixes(category).then(keep, () => keep([]));
    return () => {
      current = false;
    };
  }, [api, category, asked]);

  const stillNeedHelp = useCallback(() => {
    if (category !== null) setPassed((before) => new Set(before).add(category));
  }, [category]);

  let step: QuickFixStep = { kind: 'none' };
  if (category !== null && !passed.has(category)) {
    const fixes = found[category];
    if (!fixes) step = { kind: 'loading' };
    else if (fixes.length > 0) step = { kind: 'offer', fixes };
  }
  return { step, stillNeedHelp };
}
