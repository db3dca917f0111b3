/**
 * `npm run bench:analysis [-- --n 1000000 --runs 7 --no-pandas]`: every analysis dashboard query on
 * a study of N generated posts (default 1M, imported with the project's importer), unfiltered and
 * with a filter (a date range plus a popular hashtag), against the seed notes' pandas analysis
 * (shared/tools/seed-baseline.py) and straightforward SQL, all measured in the same run. Prints
 * one JSON object on stdout; progress goes to stderr.
 *
 * Method: one warm-up run, then the median of `runs` runs per query (GC between runs). A query is
 * what the handler does: select the filtered posts (cached per filter, as in the app) and compute.
 * The "new filter" dashboard total starts with the filter cache emptied, so it includes evaluating
 * the filter once; the cold start (loading the analysis frame) is reported separately.
 */
import fs from 'node:fs';

import { openStudyDb, type Db } from '../../src/main/db/connection';
import { engagementSummary } from '../../src/main/services/analysis/engagement';
import { engagementGroups } from '../../src/main/services/analysis/engagementGroups';
import { postingPatterns } from '../../src/main/services/analysis/patterns';
import { forgetAnalysisCache, forgetFilterCache, selectPosts } from '../../src/main/services/analysis/selection';
import { topEntities } from '../../src/main/services/analysis/topEntities';
import type { PostFilter } from '../../src/shared/domain/filter';
import { ensureBenchCsv, ensureBenchStudy, log, peakRssMb, seedBaseline } from './fixtures';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = option('n', 1_000_000);
const RUNS = Math.max(5, option('runs', 7));
const WITH_PANDAS = !args.includes('--no-pandas');
const LIMIT_MS = 100;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const round = (ms: number) => Math.round(ms * 10) / 10;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** One warm-up, then the median of RUNS timed runs. */
function medianMs(fn: () => unknown, before: () => void = () => undefined): number {
  before();
  fn();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    before();
    gc();
    times.push(timeOnce(fn));
  }
  return round(median(times));
}

type Query = [name: string, run: (db: Db, filter: PostFilter) => unknown];

/** The dashboard: what the Analysis screen asks for when it opens or the filter changes. */
const DASHBOARD: Query[] = [
  ['engagementSummary', (db, f) => engagementSummary(selectPosts(db, f))],
  ['engagementByDay', (db, f) => engagementGroups(db, selectPosts(db, f), { by: 'day', tz: 'UTC' })],
  ['top50Hashtags', (db, f) => topEntities(db, selectPosts(db, f), { kind: 'hashtags', limit: 50 })],
  ['top50Sounds', (db, f) => topEntities(db, selectPosts(db, f), { kind: 'sounds', limit: 50 })],
  ['top50Authors', (db, f) => topEntities(db, selectPosts(db, f), { kind: 'authors', limit: 50 })],
  ['top50Mentions', (db, f) => topEntities(db, selectPosts(db, f), { kind: 'mentions', limit: 50 })],
  // Each patterns call returns the weekday × hour heatmap and the daily, weekly and monthly series.
  ['heatmapAndDailyUTC', (db, f) => postingPatterns(selectPosts(db, f), 'UTC')],
  ['heatmapAndDailyEuropeBerlin', (db, f) => postingPatterns(selectPosts(db, f), 'Europe/Berlin')],
  ['heatmapAndDailyAsiaKolkata', (db, f) => postingPatterns(selectPosts(db, f), 'Asia/Kolkata')],
];

function measureDashboard(db: Db, filter: PostFilter) {
  const queriesMs: Record<string, number> = {};
  for (const [name, run] of DASHBOARD) queriesMs[name] = medianMs(() => run(db, filter));
  // A refresh after the filter changed: the filter is evaluated once, then every query runs.
  const refreshMs = medianMs(
    () => {
      for (const [, run] of DASHBOARD) run(db, filter);
    },
    () => forgetFilterCache(db),
  );
  const filterEvalMs = medianMs(() => selectPosts(db, filter), () => forgetFilterCache(db));
  const maxQuery = Object.entries(queriesMs).sort((a, b) => b[1] - a[1])[0]!;
  return { posts: selectPosts(db, filter).rows.length, filterEvalMs, queriesMs, dashboardRefreshMs: refreshMs, slowestQuery: { name: maxQuery[0], ms: maxQuery[1] } };
}

function measureColdStart(db: Db) {
  const frame: number[] = [];
  const links: number[] = [];
  const dashboard: number[] = [];
  for (let r = 0; r < 3; r++) {
    forgetAnalysisCache(db);
    gc();
    frame.push(timeOnce(() => selectPosts(db, {})));
    links.push(
      timeOnce(() => {
        selectPosts(db, {}).frame.linkIndex('hashtags');
        selectPosts(db, {}).frame.linkIndex('mentions');
      }),
    );
    dashboard.push(timeOnce(() => DASHBOARD.forEach(([, run]) => run(db, {}))));
  }
  return {
    frameLoadMs: round(median(frame)),
    linkLoadMs: round(median(links)),
    firstDashboardMs: round(median(dashboard)),
    totalMs: round(median(frame) + median(links) + median(dashboard)),
  };
}

/** The straightforward SQL the issue measured ("naive schema"), for a before/after in the same run. */
function measureNaiveSql(db: Db) {
  const rate = `CASE WHEN views > 0 THEN (likes + comments + shares) * 1.0 / views END`;
  const queries: Record<string, string> = {
    engagementMean: `SELECT avg(${rate}) FROM posts`,
    engagementMedian: `SELECT median(${rate}) FROM posts`,
    top50Hashtags: `SELECT h.tag, count(*) AS n FROM post_hashtags ph JOIN hashtags h ON h.id = ph.hashtag_id GROUP BY ph.hashtag_id ORDER BY n DESC, h.tag LIMIT 50`,
    dayHourHistogram: `SELECT strftime('%w', create_time, 'unixepoch') AS d, strftime('%H', create_time, 'unixepoch') AS h, count(*) FROM posts GROUP BY d, h`,
  };
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const stmt = db.prepare(sql);
    out[name] = medianMs(() => stmt.all());
  }
  return out;
}

function popularHashtag(db: Db): string {
  return db.prepare(`SELECT h.tag FROM post_hashtags ph JOIN hashtags h ON h.id = ph.hashtag_id GROUP BY ph.hashtag_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
}

async function main(): Promise<void> {
  const csv = await ensureBenchCsv(N);
  const file = await ensureBenchStudy(N);
  const db = openStudyDb(file);
  try {
    log(`analysis benchmark on ${file} (${RUNS} runs per query)`);
    const coldStart = measureColdStart(db);
    log(`cold start ${coldStart.totalMs} ms`);
    const unfiltered = measureDashboard(db, {});
    log(`unfiltered dashboard ${unfiltered.dashboardRefreshMs} ms`);
    const tag = popularHashtag(db);
    const filter: PostFilter = { from: '2023-03-01', to: '2023-05-31', hashtags: [tag] };
    const filtered = { filter, ...measureDashboard(db, filter) };
    log(`filtered dashboard ${filtered.dashboardRefreshMs} ms`);
    const naiveSql = measureNaiveSql(db);
    log(`naive SQL ${JSON.stringify(naiveSql)}`);
    const summary = engagementSummary(selectPosts(db, {}));

    let pandas: Record<string, unknown> | null = null;
    if (WITH_PANDAS) {
      log('running the pandas reference (seed-baseline.py analysis)…');
      pandas = seedBaseline('analysis', csv);
    }
    const pandasAnalysisMs = typeof pandas?.analysis_s === 'number' ? pandas.analysis_s * 1000 : null;
    const pandasLoadMs = typeof pandas?.load_s === 'number' ? pandas.load_s * 1000 : null;
    const pandasResult = (pandas?.result ?? null) as { engagement_mean?: number; engagement_median?: number } | null;
    const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

    const over = [
      ...Object.entries(unfiltered.queriesMs).filter(([, ms]) => ms >= LIMIT_MS).map(([k]) => k),
      ...Object.entries(filtered.queriesMs).filter(([, ms]) => ms >= LIMIT_MS).map(([k]) => `filtered.${k}`),
    ];
    const out = {
      benchmark: 'analysis',
      posts: N,
      study: file,
      studyBytes: fs.statSync(file).size,
      node: process.version,
      runsPerQuery: RUNS,
      coldStart,
      unfiltered,
      filtered,
      naiveSql,
      pandas: pandas && { loadMs: pandasLoadMs, analysisMs: pandasAnalysisMs, importPandasMs: typeof pandas.import_s === 'number' ? pandas.import_s * 1000 : null, maxRssMb: pandas.maxrss_mb },
      agreement: pandasResult && {
        meanRate: summary.meanRate,
        pandasMean: pandasResult.engagement_mean ?? null,
        medianRate: summary.medianRate,
        pandasMedian: pandasResult.engagement_median ?? null,
        same: Math.abs((summary.meanRate ?? 0) - (pandasResult.engagement_mean ?? Number.NaN)) < 1e-9 && Math.abs((summary.medianRate ?? 0) - (pandasResult.engagement_median ?? Number.NaN)) < 1e-12,
      },
      ratios: {
        dashboardToPandasAnalysis: ratio(unfiltered.dashboardRefreshMs, pandasAnalysisMs),
        filteredDashboardToPandasAnalysis: ratio(filtered.dashboardRefreshMs, pandasAnalysisMs),
        coldStartToPandasLoadPlusAnalysis: ratio(coldStart.totalMs, pandasLoadMs !== null && pandasAnalysisMs !== null ? pandasLoadMs + pandasAnalysisMs : null),
        engagementSummaryToNaiveSqlMean: ratio(unfiltered.queriesMs.engagementSummary!, naiveSql.engagementMean!),
        top50HashtagsToNaiveSql: ratio(unfiltered.queriesMs.top50Hashtags!, naiveSql.top50Hashtags!),
        heatmapToNaiveSql: ratio(unfiltered.queriesMs.heatmapAndDailyUTC!, naiveSql.dayHourHistogram!),
      },
      target: { perQueryMs: LIMIT_MS, met: over.length === 0, over },
      peakRssMb: peakRssMb(),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } finally {
    db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
