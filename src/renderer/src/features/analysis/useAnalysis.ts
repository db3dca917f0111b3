import { useCallback, useEffect, useRef, useState } from 'react';

import type { ArgsOf, Channel, ResultOf } from '../../../../shared/api/contract';
import { getApi } from '../../api';
import { useStudyStore } from '../../stores/studyStore';

export interface AnalysisState<T> {
  /** The latest answer (kept while a newer request runs, so figures do not flash). */
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

interface Answer<T> {
  request: string;
  data: T | null;
  error: unknown;
}

/**
 * One analysis call that re-runs when its arguments or the study's data change. Answers to
 * superseded requests are dropped, so a fast filter change never shows an older result.
 */
export function useAnalysis<K extends Channel>(channel: K, args: ArgsOf<K> | null): AnalysisState<ResultOf<K>> {
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const [nonce, setNonce] = useState(0);
  const [answer, setAnswer] = useState<Answer<ResultOf<K>>>({ request: '', data: null, error: null });
  const latest = useRef('');
  const key = args === null ? null : JSON.stringify(args);
  const request = key === null ? '' : `${channel}|${key}|${dataVersion}|${nonce}`;

  useEffect(() => {
    latest.current = request;
    if (key === null) return;
    getApi()
      .call(channel, JSON.parse(key) as ArgsOf<K>)
      .then(
        (data) => {
          if (latest.current === request) setAnswer({ request, data, error: null });
        },
        (error: unknown) => {
          if (latest.current === request) setAnswer((old) => ({ request, data: old.data, error }));
        },
      );
  }, [channel, key, request]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  if (key === null) return { data: null, error: null, loading: false, reload };
  return { data: answer.data, error: answer.request === request ? answer.error : null, loading: answer.request !== request, reload };
}
