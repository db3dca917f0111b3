import { useId, useState } from 'react';

import { ProgressBar } from '../../components/ProgressBar';
import type { LayoutSettings, LayoutState } from './layoutController';

interface LayoutControlsProps {
  state: LayoutState;
  settings: LayoutSettings;
  onSettings: (s: LayoutSettings) => void;
  onStart: () => void;
  onStop: () => void;
  onNoverlap: () => void;
}

/** ForceAtlas2 start/stop with its settings and run progress, and Noverlap. */
export function LayoutControls({ state, settings, onSettings, onStart, onStop, onNoverlap }: LayoutControlsProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const num = (key: 'gravity' | 'scalingRatio' | 'edgeWeightInfluence' | 'slowDown', label: string, step: number) => (
    <label className="network-settings__item">
      {label}
      <input
        className="input input--compact"
        type="number"
        min={0}
        step={step}
        value={settings[key]}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v) && v >= 0) onSettings({ ...settings, [key]: v });
        }}
      />
    </label>
  );
  const flag = (key: 'linLogMode' | 'strongGravityMode' | 'barnesHutOptimize', label: string) => (
    <label className="network-settings__item network-settings__item--check">
      <input type="checkbox" checked={settings[key]} onChange={(e) => onSettings({ ...settings, [key]: e.target.checked })} /> {label}
    </label>
  );
  return (
    <div className="network-toolbar__group" role="group" aria-label="Layout">
      {state.running === 'fa2' ? (
        <button type="button" className="button" onClick={onStop}>
          Stop layout
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={onStart} disabled={state.running !== null}>
          Run ForceAtlas2
        </button>
      )}
      <button type="button" className="button" onClick={onNoverlap} disabled={state.running !== null} title="Push overlapping nodes apart">
        Noverlap
      </button>
      <button type="button" className="button button--quiet" aria-expanded={open} aria-controls={`${id}-settings`} onClick={() => setOpen(!open)}>
        Layout settings
      </button>
      {state.running && (
        <span className="network-toolbar__progress">
          <ProgressBar value={state.progress} label="Layout progress" size="small" />
          <span className="muted small">{(state.elapsedMs / 1000).toFixed(0)} s</span>
        </span>
      )}
      {open && (
        <div id={`${id}-settings`} className="network-settings card">
          {num('gravity', 'Gravity', 0.1)}
          {num('scalingRatio', 'Scaling', 0.5)}
          {num('edgeWeightInfluence', 'Edge weight influence', 0.1)}
          {num('slowDown', 'Slow down', 0.5)}
          {flag('linLogMode', 'LinLog mode')}
          {flag('strongGravityMode', 'Strong gravity')}
          {flag('barnesHutOptimize', 'Barnes–Hut (faster on large graphs)')}
        </div>
      )}
    </div>
  );
}
