/** The ordered migration list. Append only: never edit or renumber a migration that has shipped. */
import type Database from 'better-sqlite3';

import { m0001Init } from './0001_init';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m0001Init];
