import { useId } from 'react';

import { COLOR_OPTIONS, SIZE_OPTIONS, type ColorBy, type SizeBy } from './appearance';
import { useViewSettings } from './viewSettingsStore';

/** Node size, node colour and label density. */
export function AppearanceControls({ hasMetrics }: { hasMetrics: boolean }) {
  const { sizeBy, colorBy, labelDensity, set } = useViewSettings();
  const id = useId();
  return (
    <div className="network-toolbar__group" role="group" aria-label="Appearance">
      <label htmlFor={`${id}-size`} className="small">
        Size
      </label>
      <select id={`${id}-size`} className="select select--compact" value={sizeBy} onChange={(e) => set({ sizeBy: e.target.value as SizeBy })}>
        {SIZE_OPTIONS.filter((o) => hasMetrics || o.id !== 'pagerank').map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-color`} className="small">
        Colour
      </label>
      <select id={`${id}-color`} className="select select--compact" value={colorBy} onChange={(e) => set({ colorBy: e.target.value as ColorBy })}>
        {COLOR_OPTIONS.filter((o) => hasMetrics || o.id !== 'community').map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-labels`} className="small">
        Labels
      </label>
      <input
        id={`${id}-labels`}
        type="range"
        min={0}
        max={3}
        step={0.1}
        value={labelDensity}
        onChange={(e) => set({ labelDensity: Number(e.target.value) })}
        aria-valuetext={`label density ${labelDensity}`}
      />
    </div>
  );
}
