/** Handlers for analysis calls (see src/shared/api/analysisApi.ts). */
import type { analysisSchemas } from '../../shared/api/analysisApi';
import type { AppContext } from '../app/context';
import { rateHistogram } from '../services/analysis/distribution';
import { engagementSummary } from '../services/analysis/engagement';
import { engagementGroups } from '../services/analysis/engagementGroups';
import { authorOutliers } from '../services/analysis/outliers';
import { postingPatterns } from '../services/analysis/patterns';
import { postingRhythm } from '../services/analysis/rhythm';
import { selectPosts } from '../services/analysis/selection';
import { topEntities } from '../services/analysis/topEntities';
import { trendLifecycle } from '../services/analysis/trends';
import type { HandlerSlice } from './types';

export function analysisHandlers(app: AppContext): HandlerSlice<keyof typeof analysisSchemas> {
  const select = (filter: Parameters<typeof selectPosts>[1]) => selectPosts(app.session.db, filter);
  return {
    'analysis.engagement': ({ filter }) => engagementSummary(select(filter)),
    'analysis.distribution': ({ filter, scale, bins }) => rateHistogram(select(filter), scale, bins),
    'analysis.engagementBy': ({ filter, ...options }) => engagementGroups(app.session.db, select(filter), options),
    'analysis.outliers': ({ filter, ...options }) => authorOutliers(app.session.db, select(filter), options),
    'analysis.patterns': ({ filter, tz }) => postingPatterns(select(filter), tz),
    'analysis.rhythm': ({ filter, ...options }) => postingRhythm(app.session.db, select(filter), options),
    'analysis.top': ({ filter, ...options }) => topEntities(app.session.db, select(filter), options),
    'analysis.trend': ({ filter, ...options }) => trendLifecycle(app.session.db, select(filter), options),
  };
}
