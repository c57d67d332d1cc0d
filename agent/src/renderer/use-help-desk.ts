// The school's help desk for this computer (who could come, the fallback line), asked when a view
// opens and again when `refresh` changes, and followed from main's pushes in between.
import { useEffect, useState } from 'react';
import type { TrayApi, TrayHelpDesk } from '../ipc/tray-api.ts';

/** The help desk as last heard; null until known (or when it never was). */
export function useHelpDesk(api: TrayApi, refresh: string): TrayHelpDesk | null {
  const [desk, setDesk] = useState<TrayHelpDesk | null>(null);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'desk') setDesk(event.desk);
      }),
    [api],
  );
  useEffect(() => {
    let current = true;
    api.helpDesk().then(
      (known) => current && setDesk(known),
      // `unavailable`: never known and offline; what was shown stays.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, refresh]);
  return desk;
}
