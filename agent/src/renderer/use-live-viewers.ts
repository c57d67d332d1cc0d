// Who is watching this computer's live figures: asked when the window opens, then followed.
import { useEffect, useState } from 'react';
import type { LiveViewer } from '@handraise/shared';
import type { TrayApi } from '../ipc/tray-api.ts';

export function useLiveViewers(api: TrayApi): LiveViewer[] {
  const [viewers, setViewers] = useState<LiveViewer[]>([]);
  useEffect(() => {
    let current = true;
    const stop = api.onEvent((event) => {
      if (event.type === 'watchers') setViewers(event.viewers);
    });
    api.liveViewers().then(
      (list) => current && setViewers(list),
      () => undefined,
    );
    return () => {
      current = false;
      stop();
    };
  }, [api]);
  return viewers;
}
