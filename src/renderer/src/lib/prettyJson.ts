/**
 * Indents JSON text without parsing it. JSON.parse would round 19-digit TikTok IDs written as
 * numbers, and the raw record must be shown exactly as the source had it. Text that is not JSON
 * is returned unchanged.
 */
export function prettyJsonText(text: string, indent = '  '): string {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return text;
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i] as string;
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += trimmed[i + 1] ?? '';
        i++;
      } else if (ch === '"') {
        inString = false;
      }
      continue;
    }
    switch (ch) {
      case '"':
        inString = true;
        out += ch;
        break;
      case '{':
      case '[': {
        const close = ch === '{' ? '}' : ']';
        const next = nextNonSpace(trimmed, i + 1);
        if (trimmed[next] === close) {
          out += ch + close;
          i = next;
        } else {
          depth++;
          out += `${ch}\n${indent.repeat(depth)}`;
        }
        break;
      }
      case '}':
      case ']':
        depth = Math.max(0, depth - 1);
        out += `\n${indent.repeat(depth)}${ch}`;
        break;
      case ',':
        out += `,\n${indent.repeat(depth)}`;
        break;
      case ':':
        out += ': ';
        break;
      case ' ':
      case '\n':
      case '\r':
      case '\t':
        break;
      default:
        out += ch;
    }
  }
  return out;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/** A raw record as readable text: JSON text indented as is, objects (CSV rows) as indented JSON. */
export function rawRecordText(raw: unknown): string {
  if (typeof raw === 'string') return prettyJsonText(raw);
  if (raw === null || raw === undefined) return '';
  return JSON.stringify(raw, null, 2);
}
