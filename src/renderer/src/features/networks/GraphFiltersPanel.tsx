import { useId } from 'react';

import { formatCount } from '../../lib/format';
import { communityColor } from './appearance';
import { useViewSettings } from './viewSettingsStore';

interface GraphFiltersPanelProps {
  communities: number;
  shown: { nodes: number; edges: number };
  total: { nodes: number; edges: number };
}

/** Filters on the shown graph: weight, degree, k-core, largest component, one community. */
export function GraphFiltersPanel({ communities, shown, total }: GraphFiltersPanelProps) {
  const filters = useViewSettings((s) => s.filters);
  const setFilters = useViewSettings((s) => s.setFilters);
  const id = useId();
  const int = (value: string, min: number) => {
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) && n >= min ? n : min;
  };
  return (
    <section className="network-filters card" aria-label="Graph filters">
      <h3 className="card__title">Filters</h3>
      <div className="network-filters__grid">
        <label htmlFor={`${id}-w`}>Min. edge weight</label>
        <input id={`${id}-w`} className="input input--compact" type="number" min={1} value={filters.minWeight} onChange={(e) => setFilters({ minWeight: int(e.target.value, 1) })} />
        <label htmlFor={`${id}-d`}>Min. degree</label>
        <input id={`${id}-d`} className="input input--compact" type="number" min={0} value={filters.minDegree} onChange={(e) => setFilters({ minDegree: int(e.target.value, 0) })} />
        <label htmlFor={`${id}-k`}>k-core</label>
        <input id={`${id}-k`} className="input input--compact" type="number" min={0} value={filters.kCore} onChange={(e) => setFilters({ kCore: int(e.target.value, 0) })} />
        {communities > 0 && (
          <>
            <label htmlFor={`${id}-c`}>Community</label>
            <select
              id={`${id}-c`}
              className="select select--compact"
              value={filters.community ?? ''}
              onChange={(e) => setFilters({ community: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">All</option>
              {Array.from({ length: Math.min(communities, 200) }, (_, c) => (
                <option key={c} value={c} style={{ color: communityColor(c) }}>
                  {`Community ${c + 1}`}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <label className="network-filters__check">
        <input type="checkbox" checked={filters.largestComponent} onChange={(e) => setFilters({ largestComponent: e.target.checked })} /> Largest
        component only
      </label>
      <p className="small muted" aria-live="polite">
        {formatCount(shown.nodes)} of {formatCount(total.nodes)} nodes, {formatCount(shown.edges)} of {formatCount(total.edges)} edges shown.
      </p>
    </section>
  );
}
