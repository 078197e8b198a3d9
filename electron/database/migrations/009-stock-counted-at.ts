import type { Migration } from './migration';

/**
 * A medication's supply is counted down by the doses taken after I counted it (issue 29):
 * `stock_counted_at` is the moment the count was written, so doses taken after it are subtracted
 * and an undone or changed dose gives its count back with nothing stored twice. A count written
 * before this version is taken as counted now. The doses taken since a moment are found by index.
 */
export const migration009StockCountedAt: Migration = {
  version: 9,
  name: 'stock counted at',
  up(db) {
    db.exec(`
      ALTER TABLE medications ADD COLUMN stock_counted_at TEXT;
      UPDATE medications SET stock_counted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE stock_count IS NOT NULL;
      CREATE INDEX doses_by_taken_at ON doses (medication_id, taken_at);
    `);
  },
};
