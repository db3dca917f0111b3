import { useId } from 'react';

import { NETWORK_KIND_INFO, NETWORK_KINDS, type NetworkKind } from '../../../../shared/domain/network';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useFilterStore } from '../filters/filterStore';
import { useNetworkStore } from './networkStore';

/** Whole numbers ≥ 1 or empty (= no limit). */
function optionalInt(value: string): number | null {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : null;
}

/**
 * What to build: kind, thresholds, backbone, metrics. Every choice here is recorded with the
 * network and written into its exports, so a figure can be rebuilt from the file alone.
 */
export function BuildPanel() {
  const form = useNetworkStore((s) => s.form);
  const setForm = useNetworkStore((s) => s.setForm);
  const job = useNetworkStore((s) => s.job);
  const error = useNetworkStore((s) => s.error);
  const build = useNetworkStore((s) => s.build);
  const cancel = useNetworkStore((s) => s.cancel);
  const filter = useFilterStore((s) => s.filter);
  const id = useId();
  const info = NETWORK_KIND_INFO[form.kind];

  return (
    <form
      className="network-build card"
      aria-label="Build a network"
      onSubmit={(e) => {
        e.preventDefault();
        void build(filter);
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          Network
        </label>
        <select id={`${id}-kind`} className="select" value={form.kind} onChange={(e) => setForm({ kind: e.target.value as NetworkKind })}>
          {NETWORK_KINDS.map((k) => (
            <option key={k} value={k}>
              {NETWORK_KIND_INFO[k].label}
            </option>
          ))}
        </select>
        <div className="field__hint">{info.definition}</div>
      </div>
      <div className="network-build__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-min`}>
            Min. weight
          </label>
          <input
            id={`${id}-min`}
            className="input input--compact"
            type="number"
            min={1}
            step={1}
            value={form.minWeight}
            onChange={(e) => setForm({ minWeight: optionalInt(e.target.value) ?? 1 })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-max`}>
            Max. group
          </label>
          <input
            id={`${id}-max`}
            className="input input--compact"
            type="number"
            min={1}
            step={1}
            placeholder="none"
            value={form.maxGroup ?? ''}
            onChange={(e) => setForm({ maxGroup: optionalInt(e.target.value) })}
            aria-describedby={`${id}-max-hint`}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-alpha`}>
            Backbone α
          </label>
          <input
            id={`${id}-alpha`}
            className="input input--compact"
            type="number"
            min={0.0001}
            max={0.9999}
            step="any"
            placeholder="off"
            value={form.backbone ?? ''}
            onChange={(e) => {
              const v = Number(e.target.value);
              setForm({ backbone: e.target.value === '' || !(v > 0 && v < 1) ? null : v });
            }}
          />
        </div>
      </div>
      <div id={`${id}-max-hint`} className="field__hint">
        Max. group ignores {info.groupNoun} used by more than this many authors{form.kind === 'mention' ? '' : ' (e.g. #fyp)'}. Backbone keeps edges significant at α
        (disparity filter).
      </div>
      <div className="network-build__checks">
        <label>
          <input type="checkbox" checked={form.includeIsolated} onChange={(e) => setForm({ includeIsolated: e.target.checked })} /> Keep
          isolated nodes
        </label>
        {form.kind === 'mention' && (
          <label>
            <input type="checkbox" checked={form.selfLoops} onChange={(e) => setForm({ selfLoops: e.target.checked })} /> Keep
            self-mentions
          </label>
        )}
        <label>
          <input type="checkbox" checked={form.metrics} onChange={(e) => setForm({ metrics: e.target.checked })} /> PageRank,
          betweenness, communities
        </label>
      </div>
      {form.metrics && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-res`}>
            Louvain resolution
          </label>
          <input
            id={`${id}-res`}
            className="input input--compact"
            type="number"
            min={0.01}
            max={10}
            step="any"
            value={form.resolution}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (v > 0) setForm({ resolution: v });
            }}
          />
          <div className="field__hint">Higher values give more, smaller communities.</div>
        </div>
      )}
      <div className="network-build__actions">
        <button type="submit" className="button button--primary" disabled={job !== null}>
          Build network
        </button>
        {job && (
          <button type="button" className="button button--quiet" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
      </div>
      {job && (
        <div className="network-build__progress" aria-live="polite">
          <ProgressBar value={job.fraction} label="Network build progress" size="small" />
          <span className="muted small">{job.message}…</span>
        </div>
      )}
      {error !== null && error !== undefined && <ErrorNotice title="The network could not be built" error={error} />}
    </form>
  );
}
