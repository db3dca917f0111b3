/** Delimiter spelling accepted from users and the names shown for each. */

export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** Accepts the character itself or a typed spelling of tab ("\\t", "tab"); null/undefined → comma. */
export function normaliseDelimiter(d: string | null | undefined): string {
  if (d === null || d === undefined || d === '') return ',';
  const lower = d.toLowerCase();
  if (d === '\\t' || lower === 'tab') return '\t';
  return d;
}

export function describeDelimited(delimiter: string): string {
  const name = DELIMITER_NAMES[delimiter];
  return name ? `${name}-separated text` : `text separated by ${JSON.stringify(delimiter)}`;
}
