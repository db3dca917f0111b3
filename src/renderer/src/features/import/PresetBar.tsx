import { useEffect, useId, useState, type FormEvent } from 'react';

import type { ColumnMapping } from '../../../../shared/domain/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { getApi } from '../../api';
import { useImportStore } from './importStore';
import { matchingPreset, missingPresetColumns } from './logic';

/** Saved column mappings: apply one, save the current mapping under a name, delete one. */
export function PresetBar({ mapping, columns }: { mapping: ColumnMapping; columns: readonly string[] }) {
  const presets = useImportStore((s) => s.presets);
  const loadPresets = useImportStore((s) => s.loadPresets);
  const setOverride = useImportStore((s) => s.setOverride);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const selectId = useId();
  const nameId = useId();

  useEffect(() => {
    void loadPresets();
  }, [loadPresets]);

  const current = matchingPreset(mapping, presets);

  const apply = (presetName: string) => {
    const preset = presets.find((p) => p.name === presetName);
    if (!preset) return;
    setOverride('mapping', { ...preset.mapping });
    const missing = missingPresetColumns(preset, columns);
    setMessage(
      missing.length
        ? `Applied “${preset.name}”. This file has no column named ${missing.map((m) => `“${m}”`).join(', ')}.`
        : `Applied “${preset.name}”.`,
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setError(null);
    try {
      await getApi().call('import.savePreset', { name: trimmed, mapping });
      await loadPresets();
      setName('');
      setMessage(`Saved the mapping as “${trimmed}”.`);
    } catch (err) {
      setError(err);
    }
  };

  const remove = async () => {
    if (!current) return;
    setError(null);
    try {
      await getApi().call('import.deletePreset', { name: current.name });
      await loadPresets();
      setMessage(`Deleted “${current.name}”.`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="presets">
      <div className="presets__row">
        <label htmlFor={selectId} className="presets__label">
          Mapping preset
        </label>
        <select id={selectId} className="select" value={current?.name ?? ''} onChange={(e) => apply(e.target.value)}>
          <option value="">{presets.length ? 'Choose a saved mapping…' : 'No saved mappings yet'}</option>
          {presets.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--quiet" onClick={() => void remove()} disabled={!current}>
          Delete preset
        </button>
        <form className="presets__save" onSubmit={(e) => void save(e)}>
          <label htmlFor={nameId} className="visually-hidden">
            Name for this mapping
          </label>
          <input
            id={nameId}
            className="input"
            placeholder="Name for this mapping"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" disabled={!name.trim()}>
            Save mapping
          </button>
        </form>
      </div>
      {message && (
        <p className="presets__message" role="status">
          {message}
        </p>
      )}
      {error !== null && <ErrorNotice title="The preset could not be saved" error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
