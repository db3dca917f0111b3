import { describe, expect, it } from 'vitest';

import { prettyJsonText, rawRecordText } from './prettyJson';

describe('prettyJsonText', () => {
  it('indents without changing 64-bit numbers', () => {
    const text = '{"id":7320768196569599275,"tags":["a","b"],"empty":{}}';
    const pretty = prettyJsonText(text);
    expect(pretty).toContain('7320768196569599275');
    expect(pretty).toBe('{\n  "id": 7320768196569599275,\n  "tags": [\n    "a",\n    "b"\n  ],\n  "empty": {}\n}');
  });

  it('leaves strings alone, including escaped quotes, braces and commas', () => {
    const text = '{"t":"a, {b} \\"c\\" : d"}';
    expect(prettyJsonText(text)).toBe('{\n  "t": "a, {b} \\"c\\" : d"\n}');
  });

  it('returns text that is not JSON unchanged', () => {
    expect(prettyJsonText('plain, text')).toBe('plain, text');
  });

  it('shows CSV records (objects) as indented JSON', () => {
    expect(rawRecordText({ id: '1' })).toBe('{\n  "id": "1"\n}');
  });
});
