import { describe, expect, it } from 'vitest';
import { findColumn, presetMapping, suggestCsvMapping } from './columnMapping';

describe('presetMapping', () => {
  it('restricts a preset to the columns present', () => {
    expect(presetMapping('common-csv', ['video_id', 'desc'])).toEqual({ id: 'video_id', description: 'desc' });
  });

  it('uses the header’s own spelling', () => {
    expect(presetMapping('research-api-csv', ['ID', 'View_Count'])).toEqual({ id: 'ID', views: 'View_Count' });
  });

  it('picks the first candidate present (4CAT: unix_timestamp, else timestamp)', () => {
    expect(presetMapping('4cat-csv', ['timestamp', 'unix_timestamp']).createTime).toBe('unix_timestamp');
    expect(presetMapping('4cat-csv', ['timestamp']).createTime).toBe('timestamp');
  });

  it('gives the generic suggestion for generic-csv and nothing for JSON formats', () => {
    expect(presetMapping('generic-csv', ['Likes'])).toEqual({ likes: 'Likes' });
    expect(presetMapping('zeeschuimer-ndjson', ['id'])).toEqual({});
  });
});

describe('suggestCsvMapping', () => {
  it('never uses one column for two fields', () => {
    const m = suggestCsvMapping(['id', 'author', 'text']);
    expect(m).toEqual({ id: 'id', authorHandle: 'author', description: 'text' });
  });

  it('prefers the specific ID column over a generic "id"', () => {
    expect(suggestCsvMapping(['id', 'video_id']).id).toBe('video_id');
  });

  it('matches ignoring case, spaces, dots, slashes and underscores', () => {
    expect(suggestCsvMapping(['Like Count', 'stats.playCount', 'Author-Followers'])).toEqual({
      likes: 'Like Count',
      views: 'stats.playCount',
      authorFollowers: 'Author-Followers',
    });
  });
});

describe('findColumn', () => {
  it('finds exact names first, then by key', () => {
    expect(findColumn(['a_b', 'AB'], 'AB')).toBe('AB');
    expect(findColumn(['a_b'], 'A.B')).toBe('a_b');
    expect(findColumn(['x'], 'y')).toBeNull();
  });
});
