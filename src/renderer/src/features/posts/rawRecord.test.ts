import { describe, expect, it } from 'vitest';

import { sourceRecordText } from './rawRecord';

describe('sourceRecordText', () => {
  it('pairs CSV values with the dataset header', () => {
    expect(sourceRecordText('["7320768196569599276","bob"]', ['video_id', 'author_id'])).toBe(
      '{\n  "video_id": "7320768196569599276",\n  "author_id": "bob"\n}',
    );
  });

  it('names values beyond the header by position', () => {
    expect(sourceRecordText(['a', 'b'], ['x'])).toBe('{\n  "x": "a",\n  "(column 2)": "b"\n}');
  });

  it('shows JSON records as they are, numbers untouched', () => {
    expect(sourceRecordText('{"id":7320768196569599276}', null)).toBe('{\n  "id": 7320768196569599276\n}');
  });
});
