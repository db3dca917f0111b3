import { useEffect, useRef, useState } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes and returns its latest answer. Answers are stored with the key
 * they belong to, so a late answer for an old key is never shown for the new one.
 */
export function useApiQuery<T>(key: string | null, load: () => Promise<T>): ApiQuery<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown } | null>(null);
  const loadRef = useRef(load);

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    loadRef.current().then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState({ key, error: error ?? new Error('Unknown error') }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const fresh = state !== null && state.key === key;
  return { data: fresh ? state.data : undefined, error: fresh ? (state.error ?? null) : null, loading: key !== null && !fresh };
}
