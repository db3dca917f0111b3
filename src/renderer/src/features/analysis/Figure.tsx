import { useEffect, useRef, useState, type ReactNode } from 'react';

import { toCsv } from '../../lib/csv';
import { downloadText, safeFileName } from '../../lib/download';
import { downloadBlob } from '../../lib/download';
import { composeFigureSvg, figureToPng } from './figureExport';

export interface CsvData {
  header: readonly string[];
  rows: ReadonlyArray<readonly unknown[]>;
}

interface FigureProps {
  title: string;
  /** Caption lines; the first is the title line of exported files. */
  caption: readonly string[];
  /** Builds the chart for a width (Observable Plot); null shows `empty` instead. */
  render: ((width: number) => Element) | null;
  csv: CsvData;
  fileName: string;
  empty?: ReactNode;
  controls?: ReactNode;
}

/** A chart with its caption and SVG / PNG / CSV exports that carry the same caption. */
export function Figure({ title, caption, render, csv, fileName, empty, controls }: FigureProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 640);
      if (w > 0) setWidth((old) => (Math.abs(old - w) > 8 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    if (!render) {
      el.replaceChildren();
      return;
    }
    // Plot builds the SVG as DOM nodes (labels as text nodes); it is attached, never parsed from a string.
    el.replaceChildren(render(Math.max(320, width)));
  }, [render, width]);

  const base = safeFileName(fileName, 'svg').replace(/\.svg$/, '');
  const exportSvg = () => {
    if (!chartRef.current) return;
    downloadText(`${base}.svg`, composeFigureSvg(chartRef.current, caption).svg, 'image/svg+xml;charset=utf-8');
  };
  const exportPng = async () => {
    if (!chartRef.current) return;
    setExportError(null);
    try {
      downloadBlob(`${base}.png`, await figureToPng(composeFigureSvg(chartRef.current, caption)));
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <figure className="card analysis-figure">
      <div className="analysis-figure__head">
        <h3 className="card__title">{title}</h3>
        {controls && <div className="analysis-figure__controls">{controls}</div>}
      </div>
      <div className="analysis-figure__chart" ref={chartRef} />
      {!render && empty}
      <figcaption className="analysis-caption">
        {caption.slice(1).map((line, i) => (
          <span key={i}>{line} </span>
        ))}
      </figcaption>
      <div className="analysis-figure__exports">
        <button type="button" className="button button--quiet" onClick={exportSvg} disabled={!render}>
          SVG
        </button>
        <button type="button" className="button button--quiet" onClick={() => void exportPng()} disabled={!render}>
          PNG
        </button>
        <button type="button" className="button button--quiet" onClick={() => downloadText(`${base}.csv`, toCsv(csv.header, csv.rows))} disabled={csv.rows.length === 0}>
          CSV
        </button>
        {exportError && <span className="analysis-error small">{exportError}</span>}
      </div>
    </figure>
  );
}
