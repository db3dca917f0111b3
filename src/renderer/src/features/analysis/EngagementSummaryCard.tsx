import type { EngagementSummary } from '../../../../shared/domain/analysis';
import { Notice } from '../../components/Notice';
import { Stat } from '../../components/Stat';
import { formatCount, formatRate } from './numbers';

/** The headline rates, with what was left out and what is approximate stated next to them. */
export function EngagementSummaryCard({ summary }: { summary: EngagementSummary }) {
  const { excluded, approximate, followers } = summary;
  return (
    <section className="card" aria-labelledby="engagement-summary">
      <h2 id="engagement-summary" className="card__title">
        Engagement rate
      </h2>
      <div className="stats">
        <Stat label="Posts" value={formatCount(summary.posts)} detail={`${formatCount(summary.postsWithViews)} with views`} />
        <Stat label="Posts with a rate" value={formatCount(summary.ratedPosts)} />
        <Stat label="Mean" value={formatRate(summary.meanRate)} />
        <Stat label="Median" value={formatRate(summary.medianRate)} detail={`Quartiles ${formatRate(summary.q1Rate)} – ${formatRate(summary.q3Rate)}`} />
        <Stat label="Pooled" value={formatRate(summary.pooledRate)} detail="Σ engagements / Σ views" />
        <Stat label="Range" kind="text" value={`${formatRate(summary.minRate)} – ${formatRate(summary.maxRate)}`} />
      </div>
      {excluded.total > 0 && (
        <Notice title={`${formatCount(excluded.total)} posts have no engagement rate`}>
          {formatCount(excluded.missingViews)} without a view count, {formatCount(excluded.zeroViews)} with 0 views,{' '}
          {formatCount(excluded.missingCounts)} with views but a missing like, comment or share count. They are left out of every
          rate on this screen (never counted as 0).
        </Notice>
      )}
      {approximate.posts > 0 && (
        <Notice tone="warning" title={`${formatCount(approximate.posts)} posts have approximate counts`}>
          Abbreviated (e.g. 12.3K) or display-rounded in the source: views {formatCount(approximate.views)}, likes{' '}
          {formatCount(approximate.likes)}, comments {formatCount(approximate.comments)}, shares {formatCount(approximate.shares)}, saves{' '}
          {formatCount(approximate.saves)}. {formatCount(approximate.ratedPosts)} of the rates use an approximate count.
        </Notice>
      )}
      {followers && (
        <div className="analysis-subsection">
          <h3 className="section-title">Normalised by followers</h3>
          <div className="stats stats--compact">
            <Stat label="Posts" value={formatCount(followers.ratedPosts)} detail={`${formatCount(followers.authors)} ${followers.authors === 1 ? 'author' : 'authors'}`} />
            <Stat label="Mean" value={formatRate(followers.meanRate)} />
            <Stat label="Median" value={formatRate(followers.medianRate)} />
            <Stat label="Pooled" value={formatRate(followers.pooledRate)} detail="Σ engagements / Σ followers" />
          </div>
          <p className="muted small">
            (likes + comments + shares) / the author’s follower count — the latest count in the study, not the count when the post was
            made.{followers.approximateFollowers > 0 ? ` ${formatCount(followers.approximateFollowers)} of these posts use an approximate follower count.` : ''}
          </p>
        </div>
      )}
    </section>
  );
}
