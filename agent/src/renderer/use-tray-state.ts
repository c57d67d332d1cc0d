// The requests and the connection, kept live from main's events.
import { useEffect, useState } from 'react';
import type { Connection, TrayApi, TrayRequest } from '../ipc/tray-api.ts';

/** Loads the requests and connection once, then follows main's pushes. */
export function useTrayState(api: TrayApi): { requests: TrayRequest[]; connection: Connection } {
  const [requests, setRequests] = useState<TrayRequest[]>([]);
  const [connection, setConnection] = useState<Connection>('offline');
  useEffect(() => {
    let current = true;
    // Subscribed first, so nothing pushed between the two is missed.
    const stop = api.onEvent((event) => {
      if (event.type === 'requests') setRequests(event.requests);
      if (event.type === 'connection') setConnection(event.connection);
    });
    void Promise.all([api.listRequests(), api.connection()]).then(([list, state]) => {
      if (!current) return;
      setRequests(list);
      setConnection(state);
    });
    return () => {
      current = false;
      stop();
    };
  }, [api]);
  return { requests, connection };
}
