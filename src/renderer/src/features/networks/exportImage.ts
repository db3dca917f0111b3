/**
 * PNG and SVG of the current view, drawn from sigma's display data (positions, sizes, colours as
 * shown, camera included) rather than read back from WebGL. Text is XML-escaped and stripped of
 * characters XML forbids; the SVG holds no script or event attributes.
 */
import type { NetworkSigma } from './SigmaCanvas';

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function svgText(value: string): string {
  return value.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const COLOR = /^#[0-9a-f]{3,8}$|^rgba?\([\d.,\s%]+\)$/i;
const safeColor = (c: string | undefined, fallback: string) => (c && COLOR.test(c) ? c : fallback);

export interface SvgOptions {
  /** How many of the largest nodes get a label. */
  labels: number;
  background?: string;
}

export function viewToSvg(sigma: NetworkSigma, options: SvgOptions): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const r = (v: number) => Math.round(v * 10) / 10;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${safeColor(options.background, '#ffffff')}"/>`,
    '<g stroke-linecap="round">',
  ];
  const shown = new Map<string, { x: number; y: number; size: number; color: string; label: string }>();
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    shown.set(node, { x: p.x, y: p.y, size: sigma.scaleSize(d.size), color: d.color, label: d.label ?? '' });
  });
  graph.forEachEdge((edge, _a, s, t) => {
    const a = shown.get(s);
    const b = shown.get(t);
    if (!a || !b) return;
    const size = Math.max(0.3, sigma.scaleSize((graph.getEdgeAttribute(edge, 'size') as number | undefined) ?? 1));
    const color = safeColor(graph.getEdgeAttribute(edge, 'color') as string | undefined, '#c5ccd6');
    parts.push(`<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="${color}" stroke-width="${r(size)}" stroke-opacity="0.6"/>`);
  });
  parts.push('</g><g>');
  for (const n of shown.values()) parts.push(`<circle cx="${r(n.x)}" cy="${r(n.y)}" r="${r(n.size)}" fill="${safeColor(n.color, '#5b6476')}"/>`);
  parts.push('</g><g font-family="system-ui, sans-serif" font-size="12" fill="#1c2230">');
  const labelled = [...shown.values()].sort((a, b) => b.size - a.size).slice(0, options.labels);
  for (const n of labelled) {
    if (n.label) parts.push(`<text x="${r(n.x + n.size + 3)}" y="${r(n.y + 4)}">${svgText(n.label)}</text>`);
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}
