import { describe, expect, it } from 'vitest';
import { normaliseTag } from '../../../../shared/domain/normalise';
import { collectHashtags, scanHashtags, structuredHashtags, tagKey } from './hashtags';

function scan(text: string): string[] {
  const out: string[] = [];
  scanHashtags(text, out);
  return out;
}

function structured(raw: unknown): string[] {
  const out: string[] = [];
  structuredHashtags(raw, out);
  return out;
}

describe('scanHashtags', () => {
  it('finds tags separated by spaces, with a trailing space', () => {
    expect(scan('#fosfor #bomba #fosforbombası #ekim ')).toEqual(['fosfor', 'bomba', 'fosforbombası', 'ekim']);
  });

  it('ends a tag at emoji glued to it', () => {
    expect(scan('sMokEr Girl Lip Be Like😏🔥#browngirl🔥🥵 #naturalbeauty❤️')).toEqual(['browngirl', 'naturalbeauty']);
    expect(scan('#filistin🇰🇼')).toEqual(['filistin']);
  });

  it('splits tags glued together and stops at @ and punctuation', () => {
    expect(scan('#SONDAKİKA#sondakikahaberler')).toEqual(['SONDAKİKA', 'sondakikahaberler']);
    expect(scan('#haikyuu#haikyuuedit#anime')).toEqual(['haikyuu', 'haikyuuedit', 'anime']);
    expect(scan('love #this, and #that! #end.')).toEqual(['this', 'that', 'end']);
    expect(scan('#@alisoysal')).toEqual([]);
    expect(scan('# alone ## #')).toEqual([]);
  });

  it('keeps letters, digits and combining marks of any script, and underscores', () => {
    expect(scan('#fypシ゚viral #tik_tok #تيم_الرافدين #tiktok教室 #café')).toEqual([
      'fypシ゚viral',
      'tik_tok',
      'تيم_الرافدين',
      'tiktok教室',
      'café',
    ]);
    expect(scan('#Cafe\u0301 x')).toEqual(['Cafe\u0301']);
  });

  it('reads the full-width ＃ of CJK keyboards', () => {
    expect(scan('＃猫 #dog')).toEqual(['猫', 'dog']);
  });
});

describe('structuredHashtags', () => {
  it('reads comma-joined strings (4CAT, common schema)', () => {
    expect(structured('trending,ramoodvibe3n,neglow1q7')).toEqual(['trending', 'ramoodvibe3n', 'neglow1q7']);
    expect(structured('a, b ,c')).toEqual(['a', 'b', 'c']);
  });

  it('reads Python list literals, including empty ones', () => {
    expect(structured("['tagi', 'steuern', 'tagesanzeiger']")).toEqual(['tagi', 'steuern', 'tagesanzeiger']);
    expect(structured('[]')).toEqual([]);
    expect(structured("['it\\'s']")).toEqual(["it's"]);
  });

  it('reads JSON arrays of strings or objects, and R vectors', () => {
    expect(structured('["avengers","pov"]')).toEqual(['avengers', 'pov']);
    expect(structured([{ id: '23428', name: 'tiktok', title: '' }, { name: 'viral' }])).toEqual(['tiktok', 'viral']);
    expect(structured(['#fyp', 'cats'])).toEqual(['fyp', 'cats']);
    expect(structured('c("a", "b")')).toEqual(['a', 'b']);
  });

  it('reads "#a #b" strings with the caption scanner', () => {
    expect(structured('#a #b')).toEqual(['a', 'b']);
  });

  it('salvages a broken literal', () => {
    expect(structured("['a', 'b'")).toEqual(['a', 'b']);
  });
});

describe('collectHashtags', () => {
  it('de-duplicates by normalised key and keeps the first spelling', () => {
    const r = collectHashtags('#FYP #fyp #Fyp #cats');
    expect(r.hashtags).toEqual(['fyp', 'cats']);
    expect({ ...r.hashtagDisplay }).toEqual({ fyp: 'FYP', cats: 'cats' });
  });

  it('treats NFC and NFD spellings as one tag (Café)', () => {
    const r = collectHashtags('#Café #Cafe\u0301 #CAFÉ');
    expect(r.hashtags).toEqual(['café']);
    expect(r.hashtagDisplay['café']).toBe('Café');
  });

  it('follows the shared rule for Turkish dotted İ', () => {
    // normaliseTag folds İ to a plain i (as TikTok files the tag); the post keeps the author's
    // spelling for display.
    const r = collectHashtags('#SONDAKİKA');
    expect(r.hashtags).toEqual(['sondakika']);
    expect(r.hashtags[0]).toBe(normaliseTag('SONDAKİKA'));
    expect(r.hashtagDisplay['sondakika']).toBe('SONDAKİKA');
    expect(collectHashtags('#AksaTufanı').hashtags).toEqual(['aksatufanı']);
  });

  it('merges structured tags after caption tags, caption spelling first', () => {
    const r = collectHashtags('lol #POV #avengers', ['avengers', 'pov', 'marvel']);
    expect(r.hashtags).toEqual(['pov', 'avengers', 'marvel']);
    expect({ ...r.hashtagDisplay }).toEqual({ pov: 'POV', avengers: 'avengers', marvel: 'marvel' });
  });

  it('skips a caption tag cut short by emoji when the structured tag keeps the emoji', () => {
    // TikTok: hashtag_names ["الباشا👑"], caption "#الباشا👑".
    const r = collectHashtags('#الباشا👑 #تيم_الرافدين ', ['تيم_الرافدين', 'الباشا👑']);
    expect(r.hashtags).toEqual(['تيم_الرافدين', 'الباشا👑']);
  });

  it('keeps a caption tag that is a real word prefix of another tag', () => {
    const r = collectHashtags('#cat', ['cats']);
    expect(r.hashtags).toEqual(['cat', 'cats']);
  });

  it('gives empty results for no caption and no tags', () => {
    const r = collectHashtags(null);
    expect(r.hashtags).toEqual([]);
    expect(Object.keys(r.hashtagDisplay)).toEqual([]);
  });

  it('strips control characters from structured spellings', () => {
    const r = collectHashtags(null, structured(['a\u0000b', ' #c ', '']));
    expect(r.hashtags).toEqual(['ab', 'c']);
    expect(r.hashtagDisplay.ab).toBe('ab');
  });
});

describe('tagKey', () => {
  it('matches normaliseTag on its fast and slow paths', () => {
    for (const t of ['fyp', 'FYP', 'tik_tok', 'Café', 'Cafe\u0301', 'SONDAKİKA', 'ΣΊΣΥΦΟΣ', 'fypシ゚viral']) {
      expect(tagKey(t), t).toBe(normaliseTag(t));
    }
  });
});
