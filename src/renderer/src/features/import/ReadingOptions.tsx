import { useId } from 'react';

import { ENCODINGS, CONTAINERS, type ImportPreview } from '../../../../shared/domain/import';
import { Field } from '../../components/Field';
import { useStudyStore } from '../../stores/studyStore';
import { CONTAINER_LABELS, DELIMITER_CHOICES, ENCODING_LABELS, FORMAT_LABELS } from './fieldLabels';
import { useImportStore } from './importStore';
import { formatsForContainer } from './logic';
import { TimeZoneField } from './TimeZoneField';

/** Overrides for everything Tokscope detected. "Detected" options keep the automatic choice. */
export function ReadingOptions({ preview }: { preview: ImportPreview }) {
  const overrides = useImportStore((s) => s.overrides);
  const setOverride = useImportStore((s) => s.setOverride);
  const resetOverrides = useImportStore((s) => s.resetOverrides);
  const sourceName = useImportStore((s) => s.source?.name ?? '');
  const zones = useStudyStore((s) => s.appInfo?.timezones ?? ['UTC']);
  const ids = { container: useId(), format: useId(), encoding: useId(), delimiter: useId(), label: useId() };
  const changed = Object.keys(overrides).some((k) => k !== 'label' && k !== 'timezone');

  return (
    <div className="stack">
      <div className="form-grid">
        <Field label="File type" htmlFor={ids.container}>
          <select
            id={ids.container}
            className="select"
            value={overrides.container ?? ''}
            onChange={(e) => setOverride('container', (e.target.value || undefined) as (typeof CONTAINERS)[number] | undefined)}
          >
            <option value="">Detected: {CONTAINER_LABELS[preview.container]}</option>
            {CONTAINERS.map((c) => (
              <option key={c} value={c}>
                {CONTAINER_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Format" htmlFor={ids.format}>
          <select
            id={ids.format}
            className="select"
            value={overrides.format ?? ''}
            onChange={(e) => setOverride('format', (e.target.value || undefined) as ReturnType<typeof formatsForContainer>[number] | undefined)}
          >
            <option value="">Detected: {preview.formatLabel}</option>
            {formatsForContainer(preview.container).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Text encoding" htmlFor={ids.encoding} hint={overrides.encoding ? undefined : `Detected: ${preview.encodingReason}.`}>
          <select
            id={ids.encoding}
            className="select"
            value={overrides.encoding ?? ''}
            onChange={(e) => setOverride('encoding', (e.target.value || undefined) as (typeof ENCODINGS)[number] | undefined)}
          >
            <option value="">Detected: {ENCODING_LABELS[preview.encoding]}</option>
            {ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {ENCODING_LABELS[enc]}
              </option>
            ))}
          </select>
        </Field>
        {preview.container === 'csv' && (
          <Field label="Delimiter" htmlFor={ids.delimiter}>
            <select
              id={ids.delimiter}
              className="select"
              value={overrides.delimiter ?? ''}
              onChange={(e) => setOverride('delimiter', e.target.value || undefined)}
            >
              <option value="">
                Detected: {DELIMITER_CHOICES.find((d) => d.value === preview.delimiter)?.label ?? preview.delimiter ?? '—'}
              </option>
              {DELIMITER_CHOICES.map((d) => (
                <option key={d.label} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <TimeZoneField value={overrides.timezone ?? 'UTC'} zones={zones} onChange={(zone) => setOverride('timezone', zone)} />
        <Field label="Dataset label" htmlFor={ids.label} hint="How this import is named in Datasets. Defaults to the file name.">
          <input
            id={ids.label}
            className="input"
            placeholder={sourceName}
            value={overrides.label ?? ''}
            maxLength={300}
            onChange={(e) => setOverride('label', e.target.value || undefined)}
          />
        </Field>
      </div>
      {changed && (
        <div>
          <button type="button" className="link-button" onClick={resetOverrides}>
            Go back to what Tokscope detected
          </button>
        </div>
      )}
    </div>
  );
}
