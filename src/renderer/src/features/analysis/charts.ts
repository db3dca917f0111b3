/**
 * Observable Plot specifications of the analysis figures. Each returns the element Plot builds
 * (it creates DOM nodes itself, so user text such as hashtags is set as text, never as markup).
 */
import * as Plot from '@observablehq/plot';

import type { DailyCount, HeatmapCell, PeriodCount, RateHistogram, TopItem, TopMetric, TrendPeriod } from '../../../../shared/domain/analysis';

const ACCENT = '#2f5bd3';
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const FONT = { style: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', fontSize: '11px', background: '#ffffff' } };

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function histogramChart(h: RateHistogram, width: number): Element {
  const log = h.scale === 'log';
  return Plot.plot({
    ...FONT,
    width,
    height: 260,
    marginLeft: 56,
    x: { type: log ? 'log' : 'linear', label: 'Engagement rate per post', tickFormat: (d: number) => `${+(d * 100).toPrecision(3)}%` },
    y: { label: 'Posts', grid: true },
    marks: [Plot.rectY(h.bins, { x1: 'lo', x2: 'hi', y: 'posts', fill: ACCENT, insetLeft: 0.5, insetRight: 0.5 }), Plot.ruleY([0])],
  });
}

export interface SeriesPoint {
  start: string;
  posts: number;
  label: string;
}

export function seriesFrom(daily: readonly DailyCount[] | null, periods: readonly PeriodCount[] | null): SeriesPoint[] {
  if (daily) return daily.map((d) => ({ start: d.date, posts: d.posts, label: d.date }));
  return (periods ?? []).map((p) => ({ start: p.start, posts: p.posts, label: p.period }));
}

export function seriesChart(points: readonly SeriesPoint[], width: number, yLabel = 'Posts'): Element {
  const data = points.map((p) => ({ ...p, date: utcDate(p.start) }));
  return Plot.plot({
    ...FONT,
    width,
    height: 240,
    marginLeft: 56,
    x: { type: 'utc', label: null },
    y: { label: yLabel, grid: true },
    marks: [
      Plot.areaY(data, { x: 'date', y: 'posts', fill: ACCENT, fillOpacity: 0.12, curve: 'step-after' }),
      Plot.lineY(data, { x: 'date', y: 'posts', stroke: ACCENT, curve: 'step-after' }),
      Plot.ruleY([0]),
      Plot.tip(data, Plot.pointerX({ x: 'date', y: 'posts', title: (d: SeriesPoint) => `${d.label}: ${d.posts.toLocaleString()} posts` })),
    ],
  });
}

export function heatmapChart(cells: readonly HeatmapCell[], width: number, tz: string): Element {
  const data = cells.map((c) => ({ ...c, day: WEEKDAYS[c.weekday - 1] }));
  return Plot.plot({
    ...FONT,
    width,
    height: 250,
    marginLeft: 44,
    padding: 0.05,
    x: { type: 'band', domain: [...Array(24).keys()], label: `Hour of day (${tz})` },
    y: { type: 'band', domain: WEEKDAYS, label: null },
    color: { type: 'linear', scheme: 'blues', label: 'Posts', legend: true, zero: true },
    marks: [
      Plot.cell(data, { x: 'hour', y: 'day', fill: 'posts', inset: 0.5 }),
      Plot.tip(data, Plot.pointer({ x: 'hour', y: 'day', title: (d: HeatmapCell & { day: string }) => `${d.day} ${d.hour}:00–${d.hour}:59: ${d.posts.toLocaleString()} posts` })),
    ],
  });
}

/** `nameOf` gives the bar label (the same text as the table's first column). */
export function topChart(items: readonly TopItem[], metric: TopMetric, width: number, nameOf: (item: TopItem) => string): Element {
  const data = items.slice(0, 25).map((i) => ({ ...i, name: nameOf(i), value: i[metric] }));
  return Plot.plot({
    ...FONT,
    width,
    height: Math.max(120, data.length * 18 + 40),
    marginLeft: Math.min(220, 8 + 7 * Math.max(8, ...data.map((d) => Math.min(30, d.name.length)))),
    x: { label: metric === 'posts' ? 'Posts' : metric === 'authors' ? 'Distinct authors' : 'Views', grid: true },
    y: { label: null, domain: data.map((d) => d.name), tickFormat: (n: string) => (n.length > 30 ? `${n.slice(0, 29)}…` : n) },
    marks: [Plot.barX(data, { x: 'value', y: 'name', fill: ACCENT }), Plot.ruleX([0])],
  });
}

/** Two aligned panels: posts per period (bars) and cumulative adopting authors (line). */
export function trendChart(series: readonly TrendPeriod[], width: number): Element {
  const data = series.map((s, i) => {
    const next = series[i + 1]?.start;
    const date = utcDate(s.start);
    // The last period ends one typical period later (the gap before it, or a day).
    const previous = i > 0 ? utcDate(series[i - 1]!.start) : null;
    const end = next ? utcDate(next) : new Date(date.getTime() + (previous ? date.getTime() - previous.getTime() : 86_400_000));
    return { ...s, date, end };
  });
  const x = { type: 'utc' as const, label: null, domain: data.length ? [data[0]!.date, data[data.length - 1]!.end] : undefined };
  const posts = Plot.plot({
    ...FONT,
    width,
    height: 200,
    marginLeft: 56,
    x,
    y: { label: 'Posts per period', grid: true },
    marks: [Plot.rectY(data, { x1: 'date', x2: 'end', y: 'posts', fill: ACCENT, insetLeft: 0.5, insetRight: 0.5 }), Plot.ruleY([0])],
  });
  const authors = Plot.plot({
    ...FONT,
    width,
    height: 140,
    marginLeft: 56,
    x,
    y: { label: 'Adopting authors (cumulative)', grid: true },
    marks: [Plot.lineY(data, { x: 'date', y: 'cumulativeAuthors', stroke: '#b45309', strokeWidth: 2, curve: 'step-after' }), Plot.ruleY([0])],
  });
  const wrapper = document.createElement('div');
  wrapper.append(posts, authors);
  return wrapper;
}
