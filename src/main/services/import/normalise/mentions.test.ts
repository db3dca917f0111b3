import { describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../../../shared/domain/normalise';
import { collectMentions, handleKey, scanMentions, structuredMentions } from './mentions';

function scan(text: string): string[] {
  const out: string[] = [];
  scanMentions(text, out);
  return out;
}

describe('scanMentions', () => {
  it('finds handles with letters, digits, _ and .', () => {
    expect(scan('#duet with @MarvelKitties2022 #cats ')).toEqual(['MarvelKitties2022']);
    expect(scan('Reply to @jr.dksptr and @ss_k310')).toEqual(['jr.dksptr', 'ss_k310']);
  });

  it('drops a trailing full stop', () => {
    expect(scan('thanks @user.name.')).toEqual(['user.name']);
    expect(scan('(cc @bob)')).toEqual(['bob']);
  });

  it('does not read e-mail addresses or "mism@."', () => {
    expect(scan('Para mayor información: ✉hvaldez@quattrading.com www.quattrading.com')).toEqual([]);
    expect(scan('write to x@y.com')).toEqual([]);
    expect(scan('Lo puedes hacer tu mism@. Guarda el vídeo')).toEqual([]);
    expect(scan('@ alone')).toEqual([]);
  });

  it('reads a mention right after an emoji', () => {
    expect(scan('🔥@dancer_1')).toEqual(['dancer_1']);
  });
});

describe('collectMentions', () => {
  it('normalises and de-duplicates caption mentions', () => {
    expect(collectMentions('hi @Alice and @alice and @BOB', null)).toEqual(['alice', 'bob']);
  });

  it('uses a structured list instead of the caption, even an empty one', () => {
    expect(collectMentions('@sodhosakti', ['ss_k310'])).toEqual(['ss_k310']);
    expect(collectMentions('@someone', [])).toEqual([]);
  });

  it('accepts structured handles with or without @', () => {
    const out: string[] = [];
    structuredMentions(['@dwight_schnuute', 'Other.User'], out);
    expect(collectMentions(null, out)).toEqual(['dwight_schnuute', 'other.user']);
    const fromString: string[] = [];
    structuredMentions("['@a', 'b']", fromString);
    expect(collectMentions(null, fromString)).toEqual(['a', 'b']);
  });

  it('handleKey matches normaliseHandle', () => {
    for (const h of ['user123', 'User_1', '@Jr.Dksptr', 'Ünal']) expect(handleKey(h), h).toBe(normaliseHandle(h));
  });
});
