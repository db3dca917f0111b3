/**
 * Identity rules for hashtags and handles. Two spellings are the same entity when they are equal
 * after Unicode NFC normalisation and lower-casing (locale-independent), with the sigil removed.
 * NFC is applied again after lower-casing because case mapping can produce decomposed sequences
 * (e.g. Turkish 'İ' lower-cases to 'i' + U+0307).
 */
export function normaliseTag(raw: string): string {
  return raw.replace(/^[#＃]+/u, '').normalize('NFC').toLowerCase().normalize('NFC').trim();
}

export function normaliseHandle(raw: string): string {
  return raw.replace(/^[@＠]+/u, '').normalize('NFC').toLowerCase().normalize('NFC').trim();
}
