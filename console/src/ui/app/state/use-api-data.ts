import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '@handraise/shared';
import { useHub } from './hub-context.ts';

export type ApiData<T> = {
  /** The latest answer; kept while a refetch runs, so live pages do not flicker. */
  data: T | null;
  /** The error of the latest fetch, if it failed. */
  error: ErrorCode | null;
  /** True until the first answer for this path. */
  loading: boolean;
  /** Fetches again (a push said it changed, or the user changed something). */
  reload: () => void;
  /** Replaces the data with an answer the page already has (from a POST). */
  setData: (data: T) => void;
};

/** GETs `path` from the hub (none while it is null), again whenever it changes or on reload. */
export function useApiData<T>(path: string | null): ApiData<T> {
  const { api } = useHub();
  const [state, setState] = useState<{
    path: string | null;
    data: T | null;
    error: ErrorCode | null;
  }>({ path: null, data: null, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    void api<T>(path).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { path, data: result.data, error: null }
          : (s) => ({ path, data: s.path === path ? s.data : null, error: result.error }),
      );
    });
    return () => {
      current = false;
    };
  }, [api, path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: T) => setState((s) => ({ ...s, data, error: null })), []);
  // A new path shows nothing of the old one (another title, another room).
  const same = state.path === path;
  return {
    data: same ? state.data : null,
    error: same ? state.error : null,
    loading: path !== null && !same,
    reload,
    setData,
  };
}
