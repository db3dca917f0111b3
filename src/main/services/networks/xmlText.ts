/**
 * Text for XML 1.0 exports (reliability case 33). Characters XML 1.0 forbids — C0 controls other
 * than TAB/LF/CR (real captions contain NUL), U+FFFE/U+FFFF — are removed; lone UTF-16 surrogates
 * (truncated emoji) are replaced by U+FFFD. Escaping them as &#x0; would still be invalid XML, and
 * XML 1.1 is not an option because Python's expat (networkx) cannot read it. Every removal or
 * replacement is counted so the export can warn once.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"'\t\n\r]/;

export class XmlText {
  /** Characters removed or replaced so far. */
  changed = 0;
  /** Node ids that became equal after cleaning and were suffixed (see xmlNodeIds). */
  renamedIds = 0;

  /** Only XML-legal characters remain. */
  clean(value: string): string {
    let out = value.replace(FORBIDDEN, () => {
      this.changed++;
      return '';
    });
    out = out.replace(LONE_SURROGATE, () => {
      this.changed++;
      return '\uFFFD';
    });
    return out;
  }

  /** Escaped for element content. */
  text(value: string): string {
    if (!NEEDS_WORK.test(value)) return value;
    return this.clean(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  }

  /**
   * Escaped for a double-quoted attribute value. TAB/LF/CR are written as character references
   * because attribute-value normalisation would otherwise turn them into spaces.
   */
  attr(value: string): string {
    if (!NEEDS_WORK.test(value)) return value;
    return this.clean(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
  }
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A finite number as XML/CSV text (non-finite values become 0 rather than "NaN"). */
export function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

/**
 * Node ids as escaped XML attribute values. Removing forbidden characters can make two ids equal
 * ("a\u0000" and "a"); the later one then gets a "~2", "~3" … suffix so the file keeps one node per
 * id. `renamed` counts those.
 */
export function xmlNodeIds(ids: readonly string[], xml: XmlText): { escaped: string[]; renamed: number } {
  const seen = new Set<string>();
  const escaped = new Array<string>(ids.length);
  let renamed = 0;
  for (let i = 0; i < ids.length; i++) {
    let id = xml.clean(ids[i]!);
    if (seen.has(id)) {
      renamed++;
      let k = 2;
      while (seen.has(`${id}~${k}`)) k++;
      id = `${id}~${k}`;
    }
    seen.add(id);
    escaped[i] = xml.attr(id);
  }
  xml.renamedIds += renamed;
  return { escaped, renamed };
}
