import { describe, expect, it } from 'vitest';

import { ANALYSIS_DEFINITIONS } from '../../../../shared/domain/analysis';
import { captionLines, describeFilter } from './caption';

describe('figure captions', () => {
  it('states every filter condition in words, or that all posts are shown', () => {
    expect(describeFilter({})).toBe('all posts in the study');
    expect(
      describeFilter(
        { from: '2023-01-01', to: '2023-03-31', authors: ['ana'], hashtags: ['fyp', 'café'], sounds: ['7000'], text: 'vote', datasetIds: [2] },
        { '7000': 'Song A' },
      ),
    ).toBe('datasets 2; created 2023-01-01 to 2023-03-31 (UTC); authors @ana; hashtags #fyp, #café; sounds Song A (7000); caption contains "vote"');
    expect(describeFilter({ to: '2023-03-31' })).toBe('created any time to 2023-03-31 (UTC)');
  });

  it('names the filter, the date range, the time zone and the definitions used', () => {
    const lines = captionLines({
      title: 'Posts by weekday and hour (Asia/Kolkata)',
      filter: { hashtags: ['fyp'] },
      tz: 'Asia/Kolkata',
      range: { first: '2023-01-01', last: '2023-12-31' },
      posts: 12345,
      definitions: ['weekday', 'localTime'],
      notes: ['3 undated posts are not shown.'],
    });
    expect(lines).toEqual([
      'Posts by weekday and hour (Asia/Kolkata)',
      'Posts: hashtags #fyp (n = 12,345).',
      'Dates 2023-01-01 to 2023-12-31, time zone Asia/Kolkata.',
      ANALYSIS_DEFINITIONS.weekday,
      ANALYSIS_DEFINITIONS.localTime,
      '3 undated posts are not shown.',
    ]);
    expect(captionLines({ title: 't', filter: {}, tz: 'UTC', definitions: [] })[2]).toBe('Time zone UTC.');
  });
});
