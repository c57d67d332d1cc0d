import { fail, type Ack } from '@handraise/shared';

export type ApiInit = { method?: string; body?: unknown; token?: string | null };

/** An answer, with the seconds the hub asked the caller to wait first (`Retry-After`), if any. */
export type ApiAnswer<T> = { result: Ack<T>; retryAfterSeconds: number | null };

/** `Retry-After` as whole seconds; the hub sends seconds, never a date. */
function retryAfterOf(response: Response): number | null {
  const value = response.headers.get('retry-after')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** Like `callApi`, keeping `Retry-After`, so a refusal can say how long to wait. */
export async function callApiWithRetryAfter<T>(
  path: string,
  init: ApiInit = {},
): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
    const retryAfterSeconds = retryAfterOf(response);
    const body = (await response.json()) as unknown;
    if (typeof body === 'object' && body !== null && 'ok' in body)
      return { result: body as Ack<T>, retryAfterSeconds };
    return { result: fail('unavailable'), retryAfterSeconds };
  } catch {
    return { result: fail('unavailable'), retryAfterSeconds: null };
  }
}

/**
 * Calls the hub's HTTP API with the session's bearer token. Every answer is the hub's ack envelope;
 * a network failure or a body that is not one becomes `unavailable`, so callers handle one shape.
 */
export async function callApi<T>(path: string, init: ApiInit = {}): Promise<Ack<T>> {
  return (await callApiWithRetryAfter<T>(path, init)).result;
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

/** The hub's own explanation beside an error code (an import's row errors), when it sent one. */
export function hubMessage(result: Ack<unknown>): string | null {
  return !result.ok && result.message?.trim() ? result.message : null;
}

/**
 * Downloads a protected file (the CSV export) with the bearer token and hands it to the browser
 * as a save through a Blob link, since a plain link cannot send the token. False if it failed.
 */
export async function downloadWithToken(
  path: string,
  token: string,
  fileName: string,
): Promise<boolean> {
  try {
    const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return false;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The click has started the download; the URL is only needed until then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  } catch {
    return false;
  }
}
