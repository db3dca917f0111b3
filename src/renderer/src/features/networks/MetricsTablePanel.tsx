import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';

import type { NetworkView } from '../../../../shared/domain/network';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { formatCount } from '../../lib/format';
import { METRIC_COLUMNS, metricsCsvRows, sortNodes, type MetricKey, type TableSort } from './metricsTable';

const ROW_HEIGHT = 32;

function cell(value: string | number | null, key: MetricKey): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (key === 'pagerank' || key === 'betweenness') return value.toFixed(5);
  if (key === 'community') return String(value + 1);
  return formatCount(value);
}

/** Every shown node with its metrics (of the full network): sortable, exportable as CSV. */
export function MetricsTablePanel({ view, onSelect, selected }: { view: NetworkView; onSelect: (id: string) => void; selected: string | null }) {
  const [sort, setSort] = useState<TableSort>({ key: 'weightedDegree', descending: true });
  const rows = useMemo(() => sortNodes(view.nodes, sort), [view.nodes, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const note = view.summary.metrics?.betweenness.method === 'sampled' ? ` Betweenness is ${view.summary.metrics.betweenness.note}.` : '';

  const exportCsv = () => {
    const { header, rows: data } = metricsCsvRows(rows);
    downloadText(`tokscope-${view.summary.kind}-metrics.csv`, toCsv(header, data));
  };

  return (
    <section className="network-metrics card card--flush" aria-label="Node metrics">
      <div className="network-metrics__head">
        <h3 className="card__title">Metrics</h3>
        <span className="small muted">
          {formatCount(rows.length)} nodes{view.selection !== 'all' ? ' shown (exports hold all)' : ''}; values are for the full network.{note}
        </span>
        <button type="button" className="button button--quiet" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="network-metrics__scroll" ref={scrollRef} role="grid" aria-rowcount={rows.length + 1} tabIndex={0}>
        <div className="network-metrics__row network-metrics__row--header" role="row">
          {METRIC_COLUMNS.map((c) => (
            <div key={c.key} role="columnheader" className={`network-metrics__cell${c.numeric ? ' num' : ''}`} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="link-button" onClick={() => setSort({ key: c.key, descending: sort.key === c.key ? !sort.descending : c.numeric })}>
                {c.label}
                {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
              </button>
            </div>
          ))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const n = rows[item.index]!;
            return (
              <div
                key={n.id}
                role="row"
                aria-selected={n.id === selected}
                className={`network-metrics__row${n.id === selected ? ' network-metrics__row--selected' : ''}`}
                style={{ position: 'absolute', top: item.start, height: ROW_HEIGHT, left: 0, right: 0 }}
                onClick={() => onSelect(n.id)}
              >
                {METRIC_COLUMNS.map((c) => (
                  <div key={c.key} role="gridcell" className={`network-metrics__cell${c.numeric ? ' num' : ''}`} title={c.key === 'label' ? n.id : undefined}>
                    {cell(n[c.key], c.key)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
