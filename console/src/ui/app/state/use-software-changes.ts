import { useEffect, useRef } from 'react';
import { touches, type ChangedKeys } from './change-feed.ts';
import { useHub } from './hub-context.ts';

/**
 * Calls `onChange` when verdicts change for the given title (or, without a key, for any title),
 * so the page on screen fetches again. The latest `onChange` is used; it needs no memoizing.
 */
export function useSoftwareChanges(onChange: (keys: ChangedKeys) => void, key?: string): void {
  const { softwareChanges } = useHub();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      softwareChanges.subscribe((keys) => {
        if (key === undefined || touches(keys, key)) latest.current(keys);
      }),
    [softwareChanges, key],
  );
}
