/**
 * A small, strict XML 1.0 reader for tests: it rejects anything not well-formed (illegal
 * characters including NUL and lone surrogates, bad or unknown entity references, unbalanced or
 * mismatched tags, duplicate attributes, '<' in attribute values, more than one root) and returns
 * the element tree with entities decoded and attribute values normalised as the spec says.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ILLEGAL_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number, inAttribute: boolean): string {
  const normalised = inAttribute ? raw.replace(/[\t\n\r]/g, ' ') : raw;
  return normalised.replace(/&([^;]*);|&/g, (whole: string, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare '&' near offset ${at}`);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new Error(`bad character reference ${whole} near ${at}`);
      const ch = String.fromCodePoint(code);
      if (ILLEGAL_CHAR.test(ch)) throw new Error(`reference to an illegal character ${whole} near ${at}`);
      return ch;
    }
    const value = ENTITIES[body];
    if (value === undefined) throw new Error(`unknown entity ${whole} near ${at}`);
    return value;
  });
}

export function parseXml(src: string): XmlElement {
  const illegal = ILLEGAL_CHAR.exec(src);
  if (illegal) throw new Error(`illegal character U+${illegal[0].codePointAt(0)!.toString(16)} at offset ${illegal.index}`);
  let pos = 0;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${pos}`);
  };
  const skipMisc = () => {
    for (;;) {
      while (pos < src.length && /\s/.test(src[pos]!)) pos++;
      if (src.startsWith('<?', pos)) {
        const end = src.indexOf('?>', pos);
        if (end < 0) fail('unterminated processing instruction');
        pos = end + 2;
      } else if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else return;
    }
  };
  const readName = () => {
    const m = NAME.exec(src.slice(pos, pos + 200));
    if (!m) fail('expected a name');
    pos += m![0].length;
    return m![0];
  };

  const readElement = (): XmlElement => {
    if (src[pos] !== '<') fail("expected '<'");
    pos++;
    const name = readName();
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = pos;
      while (/\s/.test(src[pos] ?? '')) pos++;
      if (src.startsWith('/>', pos)) {
        pos += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (src[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected whitespace between attributes');
      const attr = readName();
      while (/\s/.test(src[pos] ?? '')) pos++;
      if (src[pos] !== '=') fail(`expected '=' after ${attr}`);
      pos++;
      while (/\s/.test(src[pos] ?? '')) pos++;
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      const end = src.indexOf(quote!, pos + 1);
      if (end < 0) fail('unterminated attribute value');
      const raw = src.slice(pos + 1, end);
      if (raw.includes('<')) fail(`'<' in attribute ${attr}`);
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = decode(raw, pos, true);
      pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const lt = src.indexOf('<', pos);
      if (lt < 0) fail(`unclosed element <${name}>`);
      const chunk = src.slice(pos, lt);
      if (chunk.includes(']]>')) fail("']]>' in text");
      text += decode(chunk, pos, false);
      pos = lt;
      if (src.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        while (/\s/.test(src[pos] ?? '')) pos++;
        if (src[pos] !== '>') fail("expected '>'");
        pos++;
        return { name, attrs, children, text };
      }
      if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<![CDATA[', pos)) {
        const end = src.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA');
        text += src.slice(pos + 9, end);
        pos = end + 3;
        continue;
      }
      children.push(readElement());
    }
  };

  skipMisc();
  const root = readElement();
  skipMisc();
  if (pos !== src.length) fail('content after the root element');
  return root;
}

/** Local name (namespace prefix dropped). */
export function localName(el: XmlElement): string {
  return el.name.includes(':') ? el.name.slice(el.name.indexOf(':') + 1) : el.name;
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}
