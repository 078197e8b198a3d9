import type { WritableDatabase } from '../sqlite';

/** One forward-only step of the schema. `version` is the user_version after it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: WritableDatabase): void;
}
