/**
 * A cheap token that changes whenever the study's data may have changed: `PRAGMA data_version`
 * moves when another connection (an import worker) commits, total_changes() when this connection
 * writes. Cached analysis data is reused only while the token is unchanged.
 */
import type { Db } from '../connection';

export function changeStamp(db: Db): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const ownChanges = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${dataVersion}:${ownChanges}`;
}
