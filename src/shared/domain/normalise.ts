/**
 * Identity rules for hashtags and handles. Two spellings are the same entity when they are equal
 * after Unicode NFC normalisation and lower-casing (locale-independent), with the sigil removed.
 * Locale-independent lower-casing maps Turkish 'İ' to 'i' + U+0307 (combining dot above); TikTok
 * itself files #SONDAKİKA under "sondakika", so that dot is folded away. NFC is applied again after
 * lower-casing because case mapping can produce decomposed sequences.
 */
function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/i\u0307/g, 'i').normalize('NFC').trim();
}

export function normaliseTag(raw: string): string {
  return fold(raw.replace(/^[#＃]+/u, ''));
}

export function normaliseHandle(raw: string): string {
  return fold(raw.replace(/^[@＠]+/u, ''));
}
