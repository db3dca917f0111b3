import { describe, expect, it } from 'vitest';
import { linesOf, locateJsonPaths } from './jsonLocate';

describe('locateJsonPaths', () => {
  const text = '{"data": {"videos": [ {"id": 1} , {"id":"a\\"]}"}, [1,[2]] ], "k\\u0031": "v"}, "n": -1.5e3 }';

  it('finds the exact source span of values at each path', () => {
    const paths = [['data', 'videos', 0], ['data', 'videos', 1], ['data', 'videos', 2], ['data', 'k1'], ['n'], []];
    const spans = locateJsonPaths(text, paths);
    expect(spans.map((s) => (s ? text.slice(s.start, s.end) : null))).toEqual([
      '{"id": 1}',
      '{"id":"a\\"]}"}',
      '[1,[2]]',
      '"v"',
      '-1.5e3',
      text,
    ]);
  });

  it('returns null for a path that does not exist', () => {
    expect(locateJsonPaths(text, [['data', 'videos', 9], ['nope']])).toEqual([null, null]);
  });

  it('gives physical line numbers for positions in any order', () => {
    const t = 'a\nb\r\nc\rd';
    expect(linesOf(t, [t.indexOf('d'), 0, t.indexOf('c'), t.indexOf('b')])).toEqual([4, 1, 3, 2]);
  });
});
