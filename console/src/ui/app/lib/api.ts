import { fail, type Ack } from '@handraise/shared';

export type ApiInit = { method?: string; body?: unknown; token?: string | null };

/**
 * Calls the hub's HTTP API with the session's bearer token. Every answer is the hub's ack envelope;
 * a network failure or a body that is not one becomes `unavailable`, so callers handle one shape.
 */
export async function callApi<T>(path: string, init: ApiInit = {}): Promise<Ack<T>> {
  try {
    const response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
    const body = (await response.json()) as unknown;
    if (typeof body === 'object' && body !== null && 'ok' in body) return body as Ack<T>;
    return fail('unavailable');
  } catch {
    return fail('unavailable');
  }
}

/** Fetches a protected image (a screenshot) with the bearer token; `<img>` cannot send headers. */
export async function fetchBlobUrl(path: string, token: string): Promise<string | null> {
  try {
    const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return null;
    return URL.createObjectURL(await response.blob());
  } catch {
    return null;
  }
}
