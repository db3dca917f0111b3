/** Named column mappings saved in the study, so a recurring CSV shape is mapped once. */
import type { ColumnMapping, MappingPreset } from '../../../shared/domain/import';
import type { Db } from '../connection';

export function listPresets(db: Db): MappingPreset[] {
  return db
    .prepare<[], { name: string; mapping_json: string; created_at: string }>(
      'SELECT name, mapping_json, created_at FROM mapping_presets ORDER BY name',
    )
    .all()
    .map((r) => ({ name: r.name, mapping: JSON.parse(r.mapping_json) as ColumnMapping, createdAt: r.created_at }));
}

export function savePreset(db: Db, name: string, mapping: ColumnMapping): MappingPreset {
  const createdAt = new Date().toISOString();
  db.prepare(
    `INSERT INTO mapping_presets (name, mapping_json, created_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json, created_at = excluded.created_at`,
  ).run(name, JSON.stringify(mapping), createdAt);
  return { name, mapping, createdAt };
}

export function deletePreset(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM mapping_presets WHERE name = ?').run(name).changes > 0;
}
