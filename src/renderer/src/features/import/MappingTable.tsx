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
        {mappedCount} of {MAPPABLE_FIELDS.length} fields mapped. A post needs at least a video ID (or a video URL).
      </p>
      <div className="table-wrap">
        <table className="table table--compact mapping">
          <thead>
            <tr>
              <th scope="col">Tokscope field</th>
              <th scope="col">Column in your file</th>
              <th scope="col">Value in the first row</th>
            </tr>
          </thead>
          <tbody>
            {MAPPABLE_FIELDS.map((field) => {
              const column = mapping[field] ?? '';
              const selectId = `mapping-${field}`;
              return (
                <tr key={field} className={column ? undefined : 'mapping__row--unmapped'}>
                  <th scope="row">
                    <label htmlFor={selectId}>{FIELD_LABELS[field]}</label>
                  </th>
                  <td>
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
                  </td>
                  <td className="mapping__sample">{column ? <span className="cell-text">{firstRow[column] ?? ''}</span> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
