/**
 * Results of the metadata analysis (engagement, posting patterns, top entities, trends), as the
 * app, the CLI and exported figures receive them. Every statistic is computed over the posts that
 * match the shared PostFilter; the definitions below are printed with every figure.
 */

export const ENGAGEMENT_GROUPINGS = ['author', 'hashtag', 'sound', 'day', 'week', 'month'] as const;
export type EngagementGrouping = (typeof ENGAGEMENT_GROUPINGS)[number];

export const TOP_KINDS = ['hashtags', 'sounds', 'mentions', 'authors'] as const;
export type TopKind = (typeof TOP_KINDS)[number];

export const TOP_METRICS = ['posts', 'authors', 'views'] as const;
export type TopMetric = (typeof TOP_METRICS)[number];

export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

export const TREND_KINDS = ['hashtag', 'sound'] as const;
export type TrendKind = (typeof TREND_KINDS)[number];

export const HISTOGRAM_SCALES = ['log', 'linear'] as const;
export type HistogramScale = (typeof HISTOGRAM_SCALES)[number];

/** The definitions a caption states, keyed so figures can cite only the ones they use. */
export const ANALYSIS_DEFINITIONS = {
  rate:
    'Engagement rate per post = (likes + comments + shares) / views, only for posts with views > 0 and likes, comments and shares all known.',
  mean: 'Mean rate = average of the per-post rates.',
  median: 'Median rate = middle per-post rate (mean of the two middle values for an even count).',
  pooled: 'Pooled rate = sum of engagements / sum of views over the same posts.',
  quartiles: 'Quartiles by linear interpolation between order statistics (type 7, as in R and pandas).',
  followerRate:
    'Follower rate per post = (likes + comments + shares) / the author\u2019s follower count (the latest count known to the study, not the count at posting time), for posts with all three counts known and authors with followers > 0.',
  weekday: 'Weekday 1 = Monday \u2026 7 = Sunday (ISO 8601).',
  week: 'Weeks are ISO 8601 weeks (Monday to Sunday), labelled YYYY-Www.',
  localTime: 'Hours, days, weeks and months are in the stated IANA time zone, with daylight-saving time applied.',
  share: 'Share = the entity\u2019s count divided by the total over all posts in the selection (posts can carry several hashtags).',
  approximate: 'Approximate counts were abbreviated (e.g. 12.3K) or display-rounded in the source.',
} as const;

/** n, mean, median and pooled rate over the posts whose rate is defined. */
export interface RateStats {
  /** Posts whose engagement rate is defined (views > 0, likes/comments/shares known). */
  ratedPosts: number;
  meanRate: number | null;
  medianRate: number | null;
  pooledRate: number | null;
}

/** Why posts were left out of the engagement rate; each post counts under its first reason. */
export interface ExclusionCounts {
  total: number;
  /** views unknown. */
  missingViews: number;
  /** views = 0 (removed or not yet counted videos). */
  zeroViews: number;
  /** views > 0 but likes, comments or shares unknown. */
  missingCounts: number;
}

/** Posts whose counts were abbreviated or display-rounded in the source. */
export interface ApproximateCounts {
  /** Posts with at least one approximate count. */
  posts: number;
  /** Rated posts whose rate uses an approximate views, likes, comments or shares count. */
  ratedPosts: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
}

export interface FollowerEngagement extends RateStats {
  /** Distinct authors with a follower count > 0 among those posts. */
  authors: number;
  /** Of those posts, how many have an approximate follower count. */
  approximateFollowers: number;
}

export interface EngagementSummary extends RateStats {
  posts: number;
  /** Posts with views > 0 (whether or not their other counts are known). */
  postsWithViews: number;
  q1Rate: number | null;
  q3Rate: number | null;
  minRate: number | null;
  maxRate: number | null;
  excluded: ExclusionCounts;
  approximate: ApproximateCounts;
  /** Sums over the rated posts (the pooled rate's numerator and denominator). */
  engagements: number;
  ratedViews: number;
  /** Follower-normalised variant; null when no rated post's author has a follower count. */
  followers: FollowerEngagement | null;
}

export interface HistogramBin {
  lo: number;
  hi: number;
  posts: number;
}

export interface RateHistogram {
  scale: HistogramScale;
  ratedPosts: number;
  /** Posts with rate 0 (a log axis cannot show them; reported beside the log histogram). */
  zeroRate: number;
  /** Linear scale: posts above the last bin (the axis stops at the 99th percentile). */
  overflow: number;
  bins: HistogramBin[];
}

export interface EngagementGroup extends RateStats {
  key: string;
  /** Display form: a handle, a hashtag's spelling, a sound's title; null when there is none. */
  label: string | null;
  posts: number;
  postsWithViews: number;
}

export interface EngagementGroups {
  by: EngagementGrouping;
  /** Zone of day/week/month keys (UTC for entity groupings). */
  tz: string;
  totalGroups: number;
  groups: EngagementGroup[];
}

export interface OutlierPost {
  postId: string;
  author: string;
  /** ISO 8601 UTC, null when undated. */
  createTime: string | null;
  rate: number;
  authorMedian: number;
  /** rate / authorMedian. */
  ratio: number;
  views: number;
}

export interface AuthorOutliers {
  minPosts: number;
  threshold: number;
  /** Authors with at least minPosts rated posts and a median rate > 0. */
  authorsConsidered: number;
  /** Posts at least `threshold` times their author's median, highest ratio first. */
  outliers: OutlierPost[];
  totalOutliers: number;
}

export interface HeatmapCell {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
  posts: number;
}

export interface DailyCount {
  date: string;
  posts: number;
}

export interface PeriodCount {
  /** YYYY-MM-DD, YYYY-Www or YYYY-MM. */
  period: string;
  /** First local day of the period, YYYY-MM-DD. */
  start: string;
  posts: number;
}

export interface PostingPatterns {
  tz: string;
  posts: number;
  undated: number;
  /** First and last local day with posts. */
  firstDate: string | null;
  lastDate: string | null;
  /** All 168 weekday × hour cells, zeros included. */
  cells: HeatmapCell[];
  /** Zero-filled from firstDate to lastDate. */
  daily: DailyCount[];
  weekly: PeriodCount[];
  monthly: PeriodCount[];
}

export interface AuthorRhythm {
  key: string;
  label: string | null;
  posts: number;
  firstPost: string;
  lastPost: string;
  /** Distinct local days with at least one post. */
  activeDays: number;
  /** Local days from the first to the last post, inclusive. */
  spanDays: number;
  postsPerActiveDay: number;
  postsPerDay: number;
  medianGapHours: number | null;
  meanGapHours: number | null;
  maxGapHours: number | null;
  /** Runs of >= burstMinPosts posts, each within burstGapMinutes of the previous one. */
  bursts: number;
  postsInBursts: number;
}

export interface PostingRhythm {
  tz: string;
  burstGapMinutes: number;
  burstMinPosts: number;
  totalAuthors: number;
  authors: AuthorRhythm[];
}

export interface TopItem {
  /** Hashtag (normalised), music id, or account key (normalised handle, or id:<platform id>). */
  key: string;
  /** Hashtag as first spelled, account handle/display name, sound title. */
  label: string | null;
  /** Sounds only: the sound's title. */
  title?: string | null;
  posts: number;
  authors: number;
  views: number;
  sharePosts: number;
  shareAuthors: number;
  shareViews: number;
}

export interface TopEntities {
  kind: TopKind;
  by: TopMetric;
  /** Totals over all posts in the selection (the denominators of the shares). */
  totals: { posts: number; authors: number; views: number };
  totalItems: number;
  items: TopItem[];
}

export interface TrendPeriod {
  period: string;
  start: string;
  posts: number;
  authors: number;
  newAuthors: number;
  cumulativeAuthors: number;
  views: number;
}

export interface TrendLifecycle {
  kind: TrendKind;
  key: string;
  label: string | null;
  tz: string;
  interval: SeriesInterval;
  posts: number;
  authors: number;
  views: number;
  /** ISO 8601 UTC of the first and last post. */
  firstSeen: string | null;
  lastSeen: string | null;
  peak: { period: string; posts: number } | null;
  /** Periods from the peak until posts first fall to half the peak or below; null if they never do. */
  halfLifePeriods: number | null;
  /** Share of all posts made after the peak period. */
  postPeakShare: number | null;
  /** Zero-filled from the first to the last period with posts. */
  series: TrendPeriod[];
}
