/**
 * A deliberately plain reference implementation of every analysis statistic, for tests: loops over
 * the fixture posts themselves (not the database), full sorts instead of selection, and Intl
 * wall-clock fields per post instead of offsets and buckets. Slow, obvious, independent.
 */
import type { PostFilter } from '../../../shared/domain/filter';
import { normaliseHandle, normaliseTag } from '../../../shared/domain/normalise';
import { unixOf, type FixturePost } from './analysisStudy.testkit';

export const refRate = (p: FixturePost): number | null =>
  p.views != null && p.views > 0 && p.likes != null && p.comments != null && p.shares != null
    ? (p.likes + p.comments + p.shares) / p.views
    : null;

export const refAuthorKey = (p: FixturePost): string | null => (p.author ? normaliseHandle(p.author) : null);

export const refTags = (p: FixturePost): string[] => [...new Set((p.tags ?? []).map(normaliseTag))];

export const refMentions = (p: FixturePost): string[] => [...new Set((p.mentions ?? []).map(normaliseHandle))];

function bound(value: string, side: 'from' | 'to'): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00Z`) / 1000 + (side === 'to' ? 86399 : 0);
  return Math.floor(Date.parse(value) / 1000);
}

/** The filter's meaning, written out: every listed condition must hold; lists match any value. */
export function refFilter(posts: readonly FixturePost[], f: PostFilter = {}): FixturePost[] {
  return posts.filter((p) => {
    const t = unixOf(p.time);
    if (f.from && (t === null || t < bound(f.from, 'from'))) return false;
    if (f.to && (t === null || t > bound(f.to, 'to'))) return false;
    if (f.authors?.length && !f.authors.map(normaliseHandle).includes(refAuthorKey(p) ?? '\u0000')) return false;
    if (f.hashtags?.length && !refTags(p).some((t2) => f.hashtags!.map(normaliseTag).includes(t2))) return false;
    if (f.sounds?.length && !f.sounds.includes(p.sound ?? '\u0000')) return false;
    if (f.text && !(p.text ?? '').toLowerCase().includes(f.text.toLowerCase())) return false;
    return true;
  });
}

export function refMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Type 7 quantile (R's default, pandas' linear). */
export function refQuantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo]! + (h - lo) * (s[lo + 1]! - s[lo]!) : s[lo]!;
}

export function refRateStats(posts: readonly FixturePost[]) {
  const rated = posts.filter((p) => refRate(p) !== null);
  const rates = rated.map((p) => refRate(p)!);
  let eng = 0;
  let views = 0;
  for (const p of rated) {
    eng += p.likes! + p.comments! + p.shares!;
    views += p.views!;
  }
  return {
    ratedPosts: rated.length,
    meanRate: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
    medianRate: refMedian(rates),
    pooledRate: views > 0 ? eng / views : null,
  };
}

export function refEngagement(posts: readonly FixturePost[]) {
  const rates = posts.map(refRate).filter((r): r is number => r !== null);
  const missingViews = posts.filter((p) => p.views == null).length;
  const zeroViews = posts.filter((p) => p.views != null && p.views <= 0).length;
  const missingCounts = posts.filter((p) => p.views != null && p.views > 0 && refRate(p) === null).length;
  const has = (p: FixturePost, f: string) => (p.approx ?? []).includes(f as never);
  return {
    posts: posts.length,
    postsWithViews: posts.filter((p) => p.views != null && p.views > 0).length,
    ...refRateStats(posts),
    q1Rate: refQuantile(rates, 0.25),
    q3Rate: refQuantile(rates, 0.75),
    minRate: rates.length ? Math.min(...rates) : null,
    maxRate: rates.length ? Math.max(...rates) : null,
    excluded: { total: missingViews + zeroViews + missingCounts, missingViews, zeroViews, missingCounts },
    approximate: {
      posts: posts.filter((p) => (p.approx ?? []).length > 0).length,
      ratedPosts: posts.filter((p) => refRate(p) !== null && ['views', 'likes', 'comments', 'shares'].some((f) => has(p, f))).length,
      views: posts.filter((p) => has(p, 'views')).length,
      likes: posts.filter((p) => has(p, 'likes')).length,
      comments: posts.filter((p) => has(p, 'comments')).length,
      shares: posts.filter((p) => has(p, 'shares')).length,
      saves: posts.filter((p) => has(p, 'saves')).length,
    },
  };
}

/** Follower counts as the study keeps them: per account, the last non-null count written. */
export function refFollowers(allPosts: readonly FixturePost[]): Map<string, { count: number; approx: boolean }> {
  const out = new Map<string, { count: number; approx: boolean }>();
  for (const p of allPosts) {
    const key = refAuthorKey(p);
    if (key && p.followers != null) out.set(key, { count: p.followers, approx: !!p.followersApprox });
  }
  return out;
}

export function refFollowerEngagement(posts: readonly FixturePost[], followers: Map<string, { count: number; approx: boolean }>) {
  const rates: number[] = [];
  let eng = 0;
  let fsum = 0;
  const authors = new Set<string>();
  let approx = 0;
  for (const p of posts) {
    const f = followers.get(refAuthorKey(p) ?? '');
    if (!f || !(f.count > 0) || p.likes == null || p.comments == null || p.shares == null) continue;
    const e = p.likes + p.comments + p.shares;
    rates.push(e / f.count);
    eng += e;
    fsum += f.count;
    authors.add(refAuthorKey(p)!);
    if (f.approx) approx++;
  }
  if (rates.length === 0) return null;
  return {
    ratedPosts: rates.length,
    meanRate: rates.reduce((a, b) => a + b, 0) / rates.length,
    medianRate: refMedian(rates),
    pooledRate: eng / fsum,
    authors: authors.size,
    approximateFollowers: approx,
  };
}

export interface RefLocal {
  date: string;
  weekday: number;
  hour: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock fields straight from Intl, one post at a time. */
export function refLocal(seconds: number, tz: string): RefLocal {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
  }).formatToParts(new Date(seconds * 1000));
  const get = (type: string) => parts.find((x) => x.type === type)!.value;
  return { date: `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`, weekday: WEEKDAYS[get('weekday')]!, hour: Number(get('hour')) };
}

/** ISO week label of a YYYY-MM-DD date, via Date (a different route than the code under test). */
export function refIsoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * 86400000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86400000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function refDaysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86400000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export function refPatterns(posts: readonly FixturePost[], tz: string) {
  const cells = new Map<string, number>();
  const days = new Map<string, number>();
  let undated = 0;
  for (const p of posts) {
    const t = unixOf(p.time);
    if (t === null) {
      undated++;
      continue;
    }
    const l = refLocal(t, tz);
    cells.set(`${l.weekday}:${l.hour}`, (cells.get(`${l.weekday}:${l.hour}`) ?? 0) + 1);
    days.set(l.date, (days.get(l.date) ?? 0) + 1);
  }
  const sorted = [...days.keys()].sort();
  const daily = sorted.length ? refDaysBetween(sorted[0]!, sorted[sorted.length - 1]!).map((date) => ({ date, posts: days.get(date) ?? 0 })) : [];
  const weekly = new Map<string, number>();
  const monthly = new Map<string, number>();
  for (const { date, posts: n } of daily) {
    weekly.set(refIsoWeek(date), (weekly.get(refIsoWeek(date)) ?? 0) + n);
    monthly.set(date.slice(0, 7), (monthly.get(date.slice(0, 7)) ?? 0) + n);
  }
  return { cells, daily, weekly, monthly, undated };
}

/** Python-style string order: by code points (compared as arrays of code points). */
export function refCompareKeys(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

export type RefGrouping = 'author' | 'hashtag' | 'sound' | 'day' | 'week' | 'month';

export function refGroupKeys(p: FixturePost, by: RefGrouping, tz: string): string[] {
  const t = unixOf(p.time);
  switch (by) {
    case 'author':
      return refAuthorKey(p) ? [refAuthorKey(p)!] : [];
    case 'hashtag':
      return refTags(p);
    case 'sound':
      return p.sound ? [p.sound] : [];
    case 'day':
      return t === null ? [] : [refLocal(t, tz).date];
    case 'week':
      return t === null ? [] : [refIsoWeek(refLocal(t, tz).date)];
    case 'month':
      return t === null ? [] : [refLocal(t, tz).date.slice(0, 7)];
  }
}

export function refGroups(posts: readonly FixturePost[], by: RefGrouping, tz = 'UTC') {
  const groups = new Map<string, FixturePost[]>();
  for (const p of posts) for (const key of refGroupKeys(p, by, tz)) groups.set(key, [...(groups.get(key) ?? []), p]);
  const rows = [...groups].map(([key, members]) => ({
    key,
    posts: members.length,
    postsWithViews: members.filter((p) => p.views != null && p.views > 0).length,
    ...refRateStats(members),
  }));
  const timeLike = by === 'day' || by === 'week' || by === 'month';
  return rows.sort((a, b) => (timeLike ? refCompareKeys(a.key, b.key) : b.posts - a.posts || refCompareKeys(a.key, b.key)));
}

export type RefTopKind = 'hashtags' | 'sounds' | 'mentions' | 'authors';

export function refTop(posts: readonly FixturePost[], kind: RefTopKind, by: 'posts' | 'authors' | 'views' = 'posts') {
  const stats = new Map<string, { posts: number; authors: Set<string>; views: number }>();
  for (const p of posts) {
    const keys = kind === 'hashtags' ? refTags(p) : kind === 'mentions' ? refMentions(p) : kind === 'sounds' ? (p.sound ? [p.sound] : []) : refAuthorKey(p) ? [refAuthorKey(p)!] : [];
    for (const key of keys) {
      const s = stats.get(key) ?? { posts: 0, authors: new Set<string>(), views: 0 };
      s.posts++;
      if (refAuthorKey(p)) s.authors.add(refAuthorKey(p)!);
      s.views += p.views ?? 0;
      stats.set(key, s);
    }
  }
  const totals = {
    posts: posts.length,
    authors: new Set(posts.map(refAuthorKey).filter(Boolean)).size,
    views: posts.reduce((a, p) => a + (p.views ?? 0), 0),
  };
  const items = [...stats].map(([key, s]) => ({
    key,
    posts: s.posts,
    authors: s.authors.size,
    views: s.views,
    sharePosts: totals.posts ? s.posts / totals.posts : 0,
    shareAuthors: totals.authors ? s.authors.size / totals.authors : 0,
    shareViews: totals.views ? s.views / totals.views : 0,
  }));
  items.sort((a, b) => b[by] - a[by] || refCompareKeys(a.key, b.key));
  return { totals, items };
}
