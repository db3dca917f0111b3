import { describe, expect, it } from 'vitest';
import { NdjsonReader } from './ndjson';
import type { ReadItem } from './types';

function read(text: string, chunk = 0, maxLineChars?: number): ReadItem[] {
  const r = new NdjsonReader(maxLineChars ? { maxLineChars } : {});
  if (chunk > 0) for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk));
  else r.push(text);
  r.end();
  return r.drain();
}

function readAnyChunking(text: string, max = 20): ReadItem[] {
  const whole = read(text);
  for (let size = 1; size <= max; size++) expect(read(text, size), `chunk size ${size}`).toEqual(whole);
  return whole;
}

describe('NdjsonReader', () => {
  it('keeps 19-digit ids exact, with the line text as raw, over CRLF / LF / CR and blank lines', () => {
    const l1 = '{"id":7071777985572949274,"desc":"Grüße 😀"}';
    const l2 = '{"id":"7288995634328177926","stats":{"playCount":3597}}';
    const l3 = '{"video_id":702874395068494965}';
    const out = readAnyChunking(`${l1}\r\n\r\n${l2}\n   \n${l3}\r`);
    expect(out).toEqual([
      { kind: 'json', line: 1, value: { id: '7071777985572949274', desc: 'Grüße 😀' }, raw: l1 },
      { kind: 'json', line: 3, value: { id: '7288995634328177926', stats: { playCount: 3597 } }, raw: l2 },
      { kind: 'json', line: 5, value: { video_id: '702874395068494965' }, raw: l3 },
    ]);
  });

  it('accepts a byte-order mark before the first line and a missing final newline', () => {
    expect(read('\uFEFF{"a":1}\n{"a":2}')).toEqual([
      { kind: 'json', line: 1, value: { a: 1 }, raw: '{"a":1}' },
      { kind: 'json', line: 2, value: { a: 2 }, raw: '{"a":2}' },
    ]);
  });

  it('reports a malformed line 7 by number and keeps the other lines', () => {
    const lines = Array.from({ length: 9 }, (_, i) => (i === 6 ? '{"id": 7, "desc": "cut off' : `{"id":${i + 1}}`));
    const out = readAnyChunking(lines.join('\n') + '\n');
    expect(out.filter((i) => i.kind === 'json').map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    const error = out.find((i) => i.kind === 'error');
    expect(error).toEqual({ kind: 'error', line: 7, reason: expect.stringMatching(/^invalid JSON: .+ \(column \d+\)$/) });
  });

  it('rejects a valid JSON line that is not an object', () => {
    expect(read('[1,2]\n"text"\n3\nnull\n')).toEqual([
      { kind: 'error', line: 1, reason: 'line is an array, expected a JSON object' },
      { kind: 'error', line: 2, reason: 'line is a string, expected a JSON object' },
      { kind: 'error', line: 3, reason: 'line is a number, expected a JSON object' },
      { kind: 'error', line: 4, reason: 'line is null, expected a JSON object' },
    ]);
  });

  it('rejects an over-long line without parsing it and goes on with the next', () => {
    const long = `{"x":"${'y'.repeat(200)}"}`;
    for (const chunk of [0, 7, 64]) {
      expect(read(`{"a":1}\n${long}\n{"a":3}\n`, chunk, 100)).toEqual([
        { kind: 'json', line: 1, value: { a: 1 }, raw: '{"a":1}' },
        { kind: 'error', line: 2, reason: expect.stringContaining('longer than') },
        { kind: 'json', line: 3, value: { a: 3 }, raw: '{"a":3}' },
      ]);
    }
  });
});
