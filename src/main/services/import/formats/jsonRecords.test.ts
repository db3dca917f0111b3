import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../read/types';
import { jsonRecordPaths, valueAtPath } from './jsonRecords';

const video = { id: '1', view_count: 2 };

describe('jsonRecordPaths', () => {
  it('finds videos in a Research API page', () => {
    const doc: JsonValue = { data: { videos: [video, video], cursor: 100 }, error: { code: 'ok' } };
    expect(jsonRecordPaths('research-api-json', doc)).toEqual([
      ['data', 'videos', 0],
      ['data', 'videos', 1],
    ]);
  });

  it('finds videos in an array of pages and in an array of videos', () => {
    const page = { data: { videos: [video] } };
    expect(jsonRecordPaths('research-api-json', [page, page])).toEqual([
      [0, 'data', 'videos', 0],
      [1, 'data', 'videos', 0],
    ]);
    expect(jsonRecordPaths('research-api-json', [video, video])).toEqual([[0], [1]]);
  });

  it('treats a single record as the document itself', () => {
    expect(jsonRecordPaths('research-api-json', video)).toEqual([[]]);
    expect(jsonRecordPaths('tiktok-item-json', { id: '1', desc: 'x' })).toEqual([[]]);
  });

  it('finds tiktok-scraper collector items', () => {
    expect(jsonRecordPaths('tiktok-scraper-json', { headers: {}, collector: [{}, {}, {}], zip: 'trend' })).toEqual([
      ['collector', 0],
      ['collector', 1],
      ['collector', 2],
    ]);
  });

  it('finds web API item lists, search results and video pages', () => {
    expect(jsonRecordPaths('tiktok-item-json', { itemList: [{}, {}] })).toEqual([
      ['itemList', 0],
      ['itemList', 1],
    ]);
    expect(jsonRecordPaths('tiktok-item-json', { data: [{ type: 1, item: {} }, { type: 4 }, { type: 1, item: {} }] })).toEqual([
      ['data', 0, 'item'],
      ['data', 2, 'item'],
    ]);
    expect(jsonRecordPaths('tiktok-item-json', { itemInfo: { itemStruct: {} } })).toEqual([['itemInfo', 'itemStruct']]);
  });

  it('returns the document when nothing is recognisable, so the mapper can explain', () => {
    expect(jsonRecordPaths('research-api-json', { error: { code: 'invalid_params' } })).toEqual([[]]);
  });
});

describe('valueAtPath', () => {
  it('follows keys and indexes', () => {
    const doc: JsonValue = { data: { videos: [video] } };
    expect(valueAtPath(doc, ['data', 'videos', 0])).toEqual(video);
    expect(valueAtPath(doc, [])).toBe(doc);
    expect(valueAtPath(doc, ['data', 'nope', 0])).toBeUndefined();
  });
});
