/** The audit log: one row per operation that changed or exported the study. Counts, never secrets. */
import type { AuditEntry } from '../../../shared/domain/study';
import type { Db } from '../connection';

export function audit(db: Db, actor: string, action: string, details: Record<string, unknown> = {}): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, details_json) VALUES (?, ?, ?, ?)').run(
    new Date().toISOString(),
    actor,
    action,
    JSON.stringify(details),
  );
}

export function listAudit(db: Db, limit = 500): AuditEntry[] {
  return db
    .prepare<[number], { id: number; at: string; actor: string; action: string; details_json: string }>(
      'SELECT id, at, actor, action, details_json FROM audit_log ORDER BY id DESC LIMIT ?',
    )
    .all(limit)
    .map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, details: JSON.parse(r.details_json) }));
}
