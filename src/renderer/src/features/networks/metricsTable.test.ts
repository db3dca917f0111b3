import { describe, expect, it } from 'vitest';

import type { NetworkNodeView } from '../../../../shared/domain/network';
import { toCsv } from '../../lib/csv';
import { metricsCsvRows, sortNodes } from './metricsTable';
import { svgText } from './exportImage';
import { bestMatch, matchesSearch } from './search';

const node = (id: string, pagerank: number | null, posts: number): NetworkNodeView => ({
  id,
  label: id.toUpperCase(),
  type: 'author',
  posts,
  degree: posts,
  weightedDegree: posts,
  pagerank,
  betweenness: null,
  community: 0,
});

describe('metrics table', () => {
  const nodes = [node('b', 0.2, 3), node('a', null, 3), node('c', 0.5, 1)];

  it('sorts numbers numerically with missing values last, ties by id', () => {
    expect(sortNodes(nodes, { key: 'pagerank', descending: true }).map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(sortNodes(nodes, { key: 'pagerank', descending: false }).map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(sortNodes(nodes, { key: 'posts', descending: true }).map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(sortNodes(nodes, { key: 'label', descending: false }).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('exports spreadsheet-safe CSV', () => {
    const { header, rows } = metricsCsvRows([{ ...node('=cmd', 0.1, 1), label: '@SUM(A1)' }]);
    const csv = toCsv(header, rows);
    expect(csv.split('\r\n')[0]).toBe('"id","label","type","posts","degree","weighted_degree","pagerank","betweenness","community"');
    expect(csv).toContain(`"'=cmd","'@SUM(A1)"`);
  });

  it('search matches ids and labels, ignoring case', () => {
    expect(matchesSearch('ALI', 'alice', 'Alice W')).toBe(true);
    expect(matchesSearch(' w ', 'alice', 'Alice W')).toBe(true);
    expect(matchesSearch('', 'alice', 'Alice')).toBe(false);
    expect(matchesSearch('bob', 'alice', 'Alice')).toBe(false);
    const nodes = [
      { id: 'alice2', label: 'A2', weight: 9 },
      { id: 'alice', label: 'Alice', weight: 1 },
      { id: 'malice', label: 'M', weight: 5 },
    ];
    expect(bestMatch(nodes, 'alice')).toBe('alice');
    expect(bestMatch(nodes, 'lic')).toBe('alice2');
    expect(bestMatch(nodes, 'zzz')).toBeNull();
  });

  it('SVG text is escaped and cleaned of XML-forbidden characters', () => {
    expect(svgText('<script>&"x"\u0000\uD800')).toBe('&lt;script&gt;&amp;&quot;x&quot;');
  });
});
