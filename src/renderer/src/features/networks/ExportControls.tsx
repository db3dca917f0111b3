import { useState } from 'react';

import { NETWORK_EXPORT_FORMATS } from '../../../../shared/api/networksApi';
import { getApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { downloadText } from '../../lib/download';
import { downloadBlob } from '../../lib/download';
import { svgToPng } from '../../lib/rasterise';
import { viewToSvg } from './exportImage';
import type { CanonicalGraph } from './graphModel';
import type { NetworkSigma } from './SigmaCanvas';

const MIME: Record<(typeof NETWORK_EXPORT_FORMATS)[number], string> = {
  gexf: 'application/xml;charset=utf-8',
  graphml: 'application/xml;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};
const LABEL: Record<(typeof NETWORK_EXPORT_FORMATS)[number], string> = { gexf: 'GEXF', graphml: 'GraphML', json: 'JSON', csv: 'CSV pair' };

/** Mirrors DOWNLOAD_MAX_EDGES in the networks handler: larger networks are saved to a path. */
const DOWNLOAD_MAX_EDGES = 1_000_000;

interface ExportControlsProps {
  networkId: string;
  /** Edges of the full network (decides download vs save-to-path). */
  fullEdges: number;
  kind: string;
  /** Positions of the laid-out nodes (canonical graph), written into the files. */
  canonical: CanonicalGraph;
  sigma: () => NetworkSigma | null;
  labelCount: number;
}

/** The full network for Gephi/networkx/R (from the backend), and the current view as PNG/SVG. */
export function ExportControls({ networkId, fullEdges, kind, canonical, sigma, labelCount }: ExportControlsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string[]>([]);
  const [folderPath, setFolderPath] = useState('');
  const toPath = fullEdges > DOWNLOAD_MAX_EDGES;

  const run = async (what: string, task: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await task();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const exportFile = (format: (typeof NETWORK_EXPORT_FORMATS)[number]) =>
    run(format, async () => {
      const positions: Record<string, [number, number]> = {};
      canonical.forEachNode((n, a) => {
        positions[n] = [a.x, a.y];
      });
      if (toPath) {
        const base = folderPath.trim().replace(/[\\/]+$/, '');
        if (!base) throw new Error('Type the folder to save the network in first.');
        const separator = base.includes('\\') && !base.includes('/') ? '\\' : '/';
        const result = await getApi().call('networks.export', { networkId, format, positions, path: `${base}${separator}tokscope-${kind}-network.${format}` });
        setSaved(result.files);
        if (result.warnings.length) setError(new Error(result.warnings.join(' ')));
        return;
      }
      const result = await getApi().call('networks.export', { networkId, format, positions });
      for (const file of result.contents ?? []) {
        const type = file.name.endsWith('.csv') ? MIME.csv : MIME[format];
        downloadText(file.name, file.content, type);
      }
      if (result.warnings.length) setError(new Error(result.warnings.join(' ')));
    });

  const exportImage = (format: 'svg' | 'png') =>
    run(format, async () => {
      const renderer = sigma();
      if (!renderer) return;
      const svg = viewToSvg(renderer, { labels: labelCount });
      const name = `tokscope-${kind}-network.${format}`;
      if (format === 'svg') downloadBlob(name, new Blob([svg], { type: 'image/svg+xml' }));
      else {
        const { width, height } = renderer.getDimensions();
        downloadBlob(name, await svgToPng(svg, width, height));
      }
    });

  return (
    <div className="network-toolbar__group" role="group" aria-label="Export">
      <span className="small muted">Export</span>
      {NETWORK_EXPORT_FORMATS.map((f) => (
        <button key={f} type="button" className="button button--quiet" disabled={busy !== null} onClick={() => void exportFile(f)}>
          {LABEL[f]}
        </button>
      ))}
      <button type="button" className="button button--quiet" disabled={busy !== null} onClick={() => void exportImage('png')}>
        PNG
      </button>
      <button type="button" className="button button--quiet" disabled={busy !== null} onClick={() => void exportImage('svg')}>
        SVG
      </button>
      {toPath && (
        <input
          className="input input--compact"
          type="text"
          placeholder="Folder to save in"
          aria-label="Folder to save the full network in"
          title="The full network is too large to download; it is written to this folder on this computer."
          value={folderPath}
          onChange={(e) => setFolderPath(e.target.value)}
        />
      )}
      {busy && <span className="small muted">Preparing {busy.toUpperCase()}…</span>}
      {saved.length > 0 && <span className="small muted">Saved {saved.join(', ')}</span>}
      {error !== null && <ErrorNotice title="Export" error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
