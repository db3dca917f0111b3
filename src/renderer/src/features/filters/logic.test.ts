import { describe, expect, it } from 'vitest';

import { addListValue, chipsOf, compactFilter, filterKey, rangeProblem, removeChip, setScalar } from './logic';

describe('filter logic', () => {
  it('strips sigils and ignores duplicates', () => {
    let f = addListValue({}, 'hashtags', ' #Climate ');
    f = addListValue(f, 'hashtags', 'climate');
    f = addListValue(f, 'authors', '@ana');
    expect(f).toEqual({ hashtags: ['Climate'], authors: ['ana'] });
    expect(addListValue(f, 'sounds', '   ')).toBe(f);
  });

  it('makes one chip per condition and removes them one by one', () => {
    let f = setScalar({}, 'from', '2024-01-01');
    f = setScalar(f, 'text', '  heat ');
    f = addListValue(f, 'sounds', '123');
    f = addListValue(f, 'hashtags', 'a');
    const chips = chipsOf(f, { '123': 'Original sound' });
    expect(chips.map((c) => c.label)).toEqual(['From 2024-01-01', '#a', '♪ Original sound', '“heat”']);
    for (const chip of chips) f = removeChip(f, chip);
    expect(f).toEqual({});
  });

  it('compacts and keys filters independently of property order', () => {
    expect(compactFilter({ authors: [], text: '', hashtags: ['x'] })).toEqual({ hashtags: ['x'] });
    expect(filterKey({ text: 'a', from: '2024-01-01' })).toBe(filterKey({ from: '2024-01-01', text: 'a', authors: [] }));
  });

  it('explains an inverted date range', () => {
    expect(rangeProblem({ from: '2024-02-01', to: '2024-01-01' })).toMatch(/after/);
    expect(rangeProblem({ from: '2024-01-01', to: '2024-01-01' })).toBeNull();
  });
});
