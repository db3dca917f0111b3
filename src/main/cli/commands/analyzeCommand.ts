/**
 * `tokscope analyze engagement|patterns|top|distribution|outliers|rhythm|trend --study S`: the
 * app's analysis for scripts. Every subcommand takes the shared filter flags, goes through the same
 * validated calls as the app (dispatch), and with --json prints exactly one JSON object on stdout.
 */
import { Command, InvalidArgumentError, Option } from 'commander';

import type { Channel } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/result';
import {
  ENGAGEMENT_GROUPINGS,
  HISTOGRAM_SCALES,
  SERIES_INTERVALS,
  TOP_KINDS,
  TOP_METRICS,
  TREND_KINDS,
  type EngagementGroups,
  type EngagementSummary,
  type PostingPatterns,
  type TopEntities,
} from '../../../shared/domain/analysis';
import { dispatch } from '../../handlers/dispatch';
import { filterFromOptions, withFilterOptions } from '../filterOptions';
import { printJson } from '../output';
import { openCliStudy, studyOption } from '../studyOption';

type Options = Record<string, unknown> & { study: string; json?: boolean };

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
};
const positiveNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0');
  return n;
};

/** Runs one analysis call on the study and prints JSON or the text rendering. */
async function run(opts: Options, channel: Channel, args: Record<string, unknown>, text: (value: never) => string): Promise<void> {
  const app = openCliStudy(opts.study);
  try {
    const result = await dispatch(app.handlers, channel, { filter: filterFromOptions(opts), ...args });
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    if (opts.json) printJson(result.value);
    else process.stdout.write(`${text(result.value as never)}\n`);
  } finally {
    await app.shutdown();
  }
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);
const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function engagementText(v: EngagementSummary | EngagementGroups): string {
  if ('groups' in v) {
    const rows = v.groups.map((g) => `${g.key}\t${g.posts}\t${g.ratedPosts}\t${pct(g.meanRate)}\t${pct(g.medianRate)}\t${pct(g.pooledRate)}`);
    return [`${v.by}\tposts\trated\tmean\tmedian\tpooled`, ...rows].join('\n');
  }
  return [
    `posts ${v.posts}, with views ${v.postsWithViews}, rated ${v.ratedPosts} (excluded ${v.excluded.total}: ${v.excluded.missingViews} without views, ${v.excluded.zeroViews} with 0 views, ${v.excluded.missingCounts} with missing counts)`,
    `mean ${pct(v.meanRate)}, median ${pct(v.medianRate)}, pooled ${pct(v.pooledRate)}, quartiles ${pct(v.q1Rate)} – ${pct(v.q3Rate)}`,
    ...(v.approximate.posts > 0 ? [`${v.approximate.posts} posts have approximate counts (${v.approximate.ratedPosts} of the rated ones)`] : []),
  ].join('\n');
}

function patternsText(v: PostingPatterns): string {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const grid = days.map((d, w) => `${d}\t${v.cells.filter((c) => c.weekday === w + 1).map((c) => c.posts).join('\t')}`);
  return [`posts by weekday and hour (${v.tz}); ${v.undated} undated`, `\t${[...Array(24).keys()].join('\t')}`, ...grid].join('\n');
}

function topText(v: TopEntities): string {
  const rows = v.items.map((i) => `${i.key}\t${i.posts}\t${i.authors}\t${i.views}\t${pct(i.sharePosts)}${i.title ? `\t${i.title}` : ''}`);
  return [`${v.kind}\tposts\tauthors\tviews\tshare of posts`, ...rows].join('\n');
}

const json = (v: unknown) => JSON.stringify(v, null, 2);

function subcommand(name: string, description: string): Command {
  return withFilterOptions(new Command(name).description(description).addOption(studyOption()).option('--json', 'one JSON object on stdout'));
}

export function analyzeCommand(): Command {
  const analyze = new Command('analyze').description('engagement, posting patterns, top entities and trends of a study (or a filtered subset)');

  analyze.addCommand(
    subcommand('engagement', 'engagement rates: a summary, or per group with --by')
      .addOption(new Option('--by <grouping>', 'one row per author, hashtag, sound, day, week or month').choices([...ENGAGEMENT_GROUPINGS]))
      .option('--tz <zone>', 'IANA time zone of days, weeks and months', 'UTC')
      .option('--limit <n>', 'with --by: at most N groups', positiveInt)
      .option('--min-posts <n>', 'with --by: only groups with at least N posts', positiveInt)
      .action((opts: Options) => {
        if (!opts.by) return run(opts, 'analysis.engagement', {}, engagementText);
        const args = defined({ by: opts.by, tz: opts.tz, limit: opts.limit, minPosts: opts.minPosts });
        return run(opts, 'analysis.engagementBy', args, engagementText);
      }),
  );
  analyze.addCommand(
    subcommand('patterns', 'weekday × hour heatmap and daily, weekly, monthly post counts in a time zone')
      .option('--tz <zone>', 'IANA time zone (e.g. Europe/Amsterdam)', 'UTC')
      .action((opts: Options) => run(opts, 'analysis.patterns', { tz: opts.tz }, patternsText)),
  );
  analyze.addCommand(
    subcommand('top', 'top hashtags, sounds, mentioned accounts or authors')
      .addOption(new Option('--kind <kind>', 'what to rank').choices([...TOP_KINDS]).makeOptionMandatory())
      .addOption(new Option('--by <metric>', 'rank by posts, distinct authors or views').choices([...TOP_METRICS]).default('posts'))
      .option('--limit <n>', 'at most N items', positiveInt, 50)
      .action((opts: Options) => run(opts, 'analysis.top', { kind: opts.kind, by: opts.by, limit: opts.limit }, topText)),
  );
  analyze.addCommand(
    subcommand('distribution', 'histogram of per-post engagement rates')
      .addOption(new Option('--scale <scale>', 'bin on a log or linear scale').choices([...HISTOGRAM_SCALES]).default('log'))
      .option('--bins <n>', 'linear scale: number of bins', positiveInt)
      .action((opts: Options) => run(opts, 'analysis.distribution', defined({ scale: opts.scale, bins: opts.bins }), json)),
  );
  analyze.addCommand(
    subcommand('outliers', "posts far above their author's median engagement rate")
      .option('--min-posts <n>', 'authors with at least N rated posts', positiveInt)
      .option('--threshold <x>', 'list posts with rate >= x × the author median', positiveNumber)
      .option('--limit <n>', 'at most N posts', positiveInt)
      .action((opts: Options) =>
        run(opts, 'analysis.outliers', defined({ minPosts: opts.minPosts, threshold: opts.threshold, limit: opts.limit }), json),
      ),
  );
  analyze.addCommand(
    subcommand('rhythm', 'per-author posting rhythm: posts per day, gaps, bursts')
      .option('--tz <zone>', 'IANA time zone of days', 'UTC')
      .option('--limit <n>', 'at most N authors (most active first)', positiveInt)
      .option('--burst-gap <minutes>', 'posts this close together form a burst', positiveNumber)
      .option('--burst-min <n>', 'posts needed for a burst', positiveInt)
      .action((opts: Options) =>
        run(
          opts,
          'analysis.rhythm',
          defined({ tz: opts.tz, limit: opts.limit, burstGapMinutes: opts.burstGap, burstMinPosts: opts.burstMin }),
          json,
        ),
      ),
  );
  analyze.addCommand(
    subcommand('trend', 'lifecycle of one hashtag or sound: first seen, peak, decay, adopting authors')
      .addOption(new Option('--kind <kind>', 'hashtag or sound').choices([...TREND_KINDS]).makeOptionMandatory())
      .requiredOption('--key <key>', 'the hashtag, or the sound\u2019s music id')
      .option('--tz <zone>', 'IANA time zone of the periods', 'UTC')
      .addOption(new Option('--interval <interval>', 'period length').choices([...SERIES_INTERVALS]).default('day'))
      .action((opts: Options) => run(opts, 'analysis.trend', { kind: opts.kind, key: opts.key, tz: opts.tz, interval: opts.interval }, json)),
  );
  return analyze;
}
