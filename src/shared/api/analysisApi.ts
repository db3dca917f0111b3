/** Analysis calls (engagement, posting patterns, top entities, trends). Each takes the shared filter. */
import { z } from 'zod';

import {
  ENGAGEMENT_GROUPINGS,
  HISTOGRAM_SCALES,
  SERIES_INTERVALS,
  TOP_KINDS,
  TOP_METRICS,
  TREND_KINDS,
  type AuthorOutliers,
  type EngagementGroups,
  type EngagementSummary,
  type PostingPatterns,
  type PostingRhythm,
  type RateHistogram,
  type TopEntities,
  type TrendLifecycle,
} from '../domain/analysis';
import { postFilterSchema } from './filterSchema';

/** An IANA zone name ('UTC', 'Europe/Berlin'); checked against the runtime's zone data in main. */
const timeZone = z.string().min(1).max(100).optional();
const filter = postFilterSchema.optional();

export const analysisSchemas = {
  'analysis.engagement': z.object({ filter }).strict(),
  'analysis.distribution': z
    .object({ filter, scale: z.enum(HISTOGRAM_SCALES).optional(), bins: z.number().int().min(5).max(200).optional() })
    .strict(),
  'analysis.engagementBy': z
    .object({
      filter,
      by: z.enum(ENGAGEMENT_GROUPINGS),
      tz: timeZone,
      limit: z.number().int().min(1).max(1_000_000).optional(),
      minPosts: z.number().int().min(1).optional(),
    })
    .strict(),
  'analysis.outliers': z
    .object({
      filter,
      minPosts: z.number().int().min(2).max(100_000).optional(),
      threshold: z.number().min(1).max(1_000_000).optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  'analysis.patterns': z.object({ filter, tz: timeZone }).strict(),
  'analysis.rhythm': z
    .object({
      filter,
      tz: timeZone,
      limit: z.number().int().min(1).max(10_000).optional(),
      minPosts: z.number().int().min(2).optional(),
      burstGapMinutes: z.number().min(1).max(10_080).optional(),
      burstMinPosts: z.number().int().min(2).max(1000).optional(),
    })
    .strict(),
  'analysis.top': z
    .object({
      filter,
      kind: z.enum(TOP_KINDS),
      by: z.enum(TOP_METRICS).optional(),
      limit: z.number().int().min(1).max(1_000_000).optional(),
    })
    .strict(),
  'analysis.trend': z
    .object({
      filter,
      kind: z.enum(TREND_KINDS),
      key: z.string().min(1).max(200),
      tz: timeZone,
      interval: z.enum(SERIES_INTERVALS).optional(),
    })
    .strict(),
};

export interface AnalysisResults {
  'analysis.engagement': EngagementSummary;
  'analysis.distribution': RateHistogram;
  'analysis.engagementBy': EngagementGroups;
  'analysis.outliers': AuthorOutliers;
  'analysis.patterns': PostingPatterns;
  'analysis.rhythm': PostingRhythm;
  'analysis.top': TopEntities;
  'analysis.trend': TrendLifecycle;
}
