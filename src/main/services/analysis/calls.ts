/**
 * Every analysis call as a function of (study connection, validated arguments). The handler
 * slice runs them in-process (CLI) or forwards them to the analysis worker (desktop app and
 * browser workbench), which keeps the in-memory frame off the main thread.
 */
import type { analysisSchemas } from '../../../shared/api/analysisApi';
import type { ParsedArgsOf, ResultOf } from '../../../shared/api/contract';
import type { Db } from '../../db/connection';
import { rateHistogram } from './distribution';
import { engagementSummary } from './engagement';
import { engagementGroups } from './engagementGroups';
import { authorOutliers } from './outliers';
import { postingPatterns } from './patterns';
import { postingRhythm } from './rhythm';
import { selectPosts } from './selection';
import { topEntities } from './topEntities';
import { trendLifecycle } from './trends';

export type AnalysisChannel = keyof typeof analysisSchemas;

type AnalysisCalls = { [K in AnalysisChannel]: (db: Db, args: ParsedArgsOf<K>) => ResultOf<K> };

export const ANALYSIS_CALLS: AnalysisCalls = {
  'analysis.engagement': (db, { filter }) => engagementSummary(selectPosts(db, filter)),
  'analysis.distribution': (db, { filter, scale, bins }) => rateHistogram(selectPosts(db, filter), scale, bins),
  'analysis.engagementBy': (db, { filter, ...options }) => engagementGroups(db, selectPosts(db, filter), options),
  'analysis.outliers': (db, { filter, ...options }) => authorOutliers(db, selectPosts(db, filter), options),
  'analysis.patterns': (db, { filter, tz }) => postingPatterns(selectPosts(db, filter), tz),
  'analysis.rhythm': (db, { filter, ...options }) => postingRhythm(db, selectPosts(db, filter), options),
  'analysis.top': (db, { filter, ...options }) => topEntities(db, selectPosts(db, filter), options),
  'analysis.trend': (db, { filter, ...options }) => trendLifecycle(db, selectPosts(db, filter), options),
};

export function runAnalysisCall<K extends AnalysisChannel>(db: Db, channel: K, args: ParsedArgsOf<K>): ResultOf<K> {
  return (ANALYSIS_CALLS[channel] as (db: Db, args: ParsedArgsOf<K>) => ResultOf<K>)(db, args);
}
