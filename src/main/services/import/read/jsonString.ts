/** Skipping over a JSON string literal in source text, shared by the lossless parser and the locator. */
export const QUOTE = 34;
const BACKSLASH = 92;

/** Index just past the closing quote of the string starting at `open`, or text.length if unclosed. */
export function skipString(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1) return text.length;
    // A quote preceded by an odd number of backslashes is escaped.
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}
