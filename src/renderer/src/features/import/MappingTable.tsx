import { MAPPABLE_FIELDS, type ImportPreview } from '../../../../shared/domain/import';
import { FIELD_LABELS } from './fieldLabels';
import { useImportStore } from './importStore';
import { mapField } from './logic';
import { PresetBar } from './PresetBar';

/** Which column of the file feeds each Tokscope field, with the first row's value as a check. */
export function MappingTable({ preview }: { preview: ImportPreview }) {
  const setOverride = useImportStore((s) => s.setOverride);
  const mapping = preview.mapping;
  const firstRow = preview.sampleRaw[0] ?? {};
  const mappedCount = MAPPABLE_FIELDS.filter((f) => mapping[f]).length;

  return (
    <div className="stack">
      <PresetBar mapping={mapping} columns={preview.columns} />
      <p className="muted small">
        {mappedCount} of {MAPPABLE_FIELDS.length} Tokscope fields are mapped. A post needs at least a video ID (or a video
        URL). Under each choice is the value from the first row.
      </p>
      <div className="mapping-grid" role="group" aria-label="Column for each Tokscope field">
        {MAPPABLE_FIELDS.map((field) => {
          const column = mapping[field] ?? '';
          const selectId = `mapping-${field}`;
          const sample = column ? (firstRow[column] ?? '') : '';
          return (
            <div key={field} className={`mapping-field${column ? '' : ' mapping-field--unmapped'}`}>
              <label htmlFor={selectId} className="mapping-field__label">
                {FIELD_LABELS[field]}
              </label>
              <select
                id={selectId}
                className="select select--compact"
                value={column}
                onChange={(e) => setOverride('mapping', mapField(mapping, field, e.target.value || null))}
              >
                <option value="">Not mapped</option>
                {preview.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              <span className="mapping-field__sample" title={sample}>
                {column ? sample || '(empty)' : '\u00a0'}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
