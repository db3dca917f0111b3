import { describe, expect, it } from 'vitest';

import type { ImportPreview } from '../../../../shared/domain/import';
import type { NormalisedPost } from '../../../../shared/domain/post';
import {
  buildImportRequest,
  formatsForContainer,
  mapField,
  matchingPreset,
  missingPresetColumns,
  overridesForNewFile,
  previewProblem,
  sampleRows,
  setOverride,
} from './logic';

const source = { path: '/tmp/upload-1.csv', name: 'my export.csv', size: 10 };

describe('buildImportRequest', () => {
  it('sends the path, the display name and only the overrides that are set', () => {
    expect(buildImportRequest(source, {})).toEqual({ path: '/tmp/upload-1.csv', displayName: 'my export.csv' });
    expect(buildImportRequest(source, { encoding: 'windows-1252', label: '', timezone: 'Europe/Berlin' })).toEqual({
      path: '/tmp/upload-1.csv',
      displayName: 'my export.csv',
      encoding: 'windows-1252',
      timezone: 'Europe/Berlin',
    });
  });
});

describe('setOverride', () => {
  it('forgets format, mapping and delimiter when the container changes', () => {
    const next = setOverride({ format: 'generic-csv', mapping: { id: 'x' }, delimiter: ';', encoding: 'utf-8' }, 'container', 'ndjson');
    expect(next).toEqual({ container: 'ndjson', encoding: 'utf-8' });
  });

  it('forgets the mapping when the format changes', () => {
    expect(setOverride({ mapping: { id: 'x' } }, 'format', '4cat-csv')).toEqual({ format: '4cat-csv' });
  });

  it('removes an override set back to empty', () => {
    expect(setOverride({ encoding: 'utf-8' }, 'encoding', undefined)).toEqual({});
  });

  it('keeps only the time zone for a new file', () => {
    expect(overridesForNewFile({ timezone: 'UTC', format: '4cat-csv' })).toEqual({ timezone: 'UTC' });
  });
});

describe('mapField', () => {
  it('maps and unmaps a field without touching the others', () => {
    const mapping = mapField({ id: 'video_id' }, 'views', 'plays');
    expect(mapping).toEqual({ id: 'video_id', views: 'plays' });
    expect(mapField(mapping, 'id', null)).toEqual({ views: 'plays' });
  });
});

describe('presets', () => {
  const presets = [{ name: 'Lab CSV', mapping: { id: 'vid', views: 'plays' }, createdAt: '2024-01-01T00:00:00Z' }];
  it('recognises the preset the current mapping equals', () => {
    expect(matchingPreset({ views: 'plays', id: 'vid' }, presets)?.name).toBe('Lab CSV');
    expect(matchingPreset({ id: 'vid' }, presets)).toBeNull();
  });
  it('lists the preset columns missing from the file', () => {
    expect(missingPresetColumns(presets[0]!, ['vid', 'likes'])).toEqual(['plays']);
  });
});

describe('formatsForContainer', () => {
  it('offers only the formats of that container', () => {
    expect(formatsForContainer('csv')).toContain('4cat-csv');
    expect(formatsForContainer('csv')).not.toContain('zeeschuimer-ndjson');
    expect(formatsForContainer('ndjson')).toEqual(['zeeschuimer-ndjson', 'research-api-ndjson']);
    expect(formatsForContainer('json')).not.toContain('research-api-ndjson');
  });
});

describe('sampleRows', () => {
  it('gives each rejected row the rejection in the same order', () => {
    const post = { id: '1' } as NormalisedPost;
    const preview = {
      sampleRaw: [{ a: '1' }, { a: 'x' }, { a: '2' }, { a: 'y' }],
      samplePosts: [post, null, post, null],
      sampleRejections: [
        { line: 3, reason: 'no id' },
        { line: 7, reason: 'bad time' },
      ],
    } as unknown as ImportPreview;
    const rows = sampleRows(preview);
    expect(rows.map((r) => r.rejection?.reason ?? null)).toEqual([null, 'no id', null, 'bad time']);
    expect(rows[0]?.post).toBe(post);
  });
});

describe('previewProblem', () => {
  const base = {
    container: 'csv',
    warnings: [],
    mapping: { id: 'video_id' },
    sampleRaw: [{ video_id: '1' }],
    samplePosts: [{ id: '1' }],
  } as unknown as ImportPreview;

  it('is quiet for an importable preview', () => {
    expect(previewProblem(base)).toBeNull();
  });
  it('asks for an ID column when none is mapped', () => {
    expect(previewProblem({ ...base, mapping: {} })).toMatch(/Video ID/);
  });
  it('warns when every previewed row would be rejected', () => {
    expect(previewProblem({ ...base, samplePosts: [null] })).toMatch(/None of the first rows/);
  });
  it('leaves the explaining to the backend when it has warned', () => {
    expect(previewProblem({ ...base, mapping: {}, warnings: ['No column is mapped to the post ID'] })).toBeNull();
  });
  it('says when the file has no records', () => {
    expect(previewProblem({ ...base, sampleRaw: [], samplePosts: [] })).toMatch(/no records/);
  });
});
