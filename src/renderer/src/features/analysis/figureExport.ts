/**
 * Exports of a rendered Plot figure: one standalone SVG (the figure's SVG parts stacked, on white,
 * with the caption set below as text), a PNG at twice the size drawn from that SVG, and downloads.
 */
import { svgToPng } from '../../lib/rasterise';
import { escapeXml, wrapText } from './svgText';

const CAPTION_FONT = 12;
const CAPTION_LINE = 16;
const MARGIN = 12;

interface Part {
  markup: string;
  width: number;
  height: number;
}

function partsOf(container: Element): Part[] {
  const serializer = new XMLSerializer();
  // Plot returns one <svg>, or a <figure> holding legend and chart <svg>s.
  const svgs = container.matches('svg') ? [container] : [...container.querySelectorAll(':scope > svg, :scope > figure > svg, :scope > div > svg')];
  return svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    const width = Number(svg.getAttribute('width')) || box.width || 640;
    const height = Number(svg.getAttribute('height')) || box.height || 400;
    return { markup: serializer.serializeToString(svg), width, height };
  });
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

export function composeFigureSvg(container: Element, caption: readonly string[]): ComposedSvg {
  const parts = partsOf(container);
  const width = Math.max(320, ...parts.map((p) => p.width)) + 2 * MARGIN;
  const chars = Math.max(40, Math.floor((width - 2 * MARGIN) / (CAPTION_FONT * 0.55)));
  const captionLines = caption.flatMap((line, i) => wrapText(line, chars).map((text) => ({ text, bold: i === 0 })));
  let y = MARGIN;
  const body: string[] = [];
  for (const p of parts) {
    // Each part keeps its own <style> and viewBox; nesting places it without touching its markup.
    body.push(`<g transform="translate(${MARGIN} ${y})">${p.markup}</g>`);
    y += p.height + 8;
  }
  y += 6;
  for (const line of captionLines) {
    y += CAPTION_LINE;
    body.push(`<text x="${MARGIN}" y="${y}" font-size="${CAPTION_FONT}"${line.bold ? ' font-weight="600"' : ''}>${escapeXml(line.text)}</text>`);
  }
  const height = y + MARGIN;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** The composed figure as a PNG on a white background. */
export function figureToPng({ svg, width, height }: ComposedSvg): Promise<Blob> {
  return svgToPng(svg, width, height, { background: '#ffffff' });
}
