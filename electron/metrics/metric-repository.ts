import {
  customMetricSchema,
  trackedMetrics,
  type CustomMetric,
  type MeasureName,
  type MetricSetting,
  type TrackedMetric,
} from '../../shared/metrics/custom-metric';
import { builtInMetrics } from '../../shared/metrics/metric-key';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** The vault's measure settings in order (mood is not stored: it is always on). */
export function readMetricSettings(db: ReadableDatabase): MetricSetting[] {
  const rows = selectRows(db, 'SELECT key, enabled, custom_json AS customJson FROM metrics ORDER BY position', [], {
    key: 'text',
    enabled: 'boolean',
    customJson: 'text?',
  });
  return rows.map(({ key, enabled, customJson }) => ({
    key,
    enabled,
    custom: customJson === null ? null : customMetricSchema.parse(JSON.parse(customJson)),
  }));
}

export function readTrackedMetrics(db: ReadableDatabase): TrackedMetric[] {
  return trackedMetrics(readMetricSettings(db));
}

/** Every measure's key and name (mood, built-in and custom), for pages that name a goal's measure. */
export function readMeasureNames(db: ReadableDatabase): MeasureName[] {
  return readTrackedMetrics(db).map(({ key, label }) => ({ key, label }));
}

/** Replaces every setting (import). */
export function replaceMetricSettings(db: WritableDatabase, settings: readonly MetricSetting[]): void {
  db.run('DELETE FROM metrics');
  settings.forEach((setting, position) =>
    db.run('INSERT INTO metrics (key, position, enabled, custom_json) VALUES (?, ?, ?, ?)', [
      setting.key,
      position,
      setting.enabled ? 1 : 0,
      setting.custom ? JSON.stringify(setting.custom) : null,
    ]),
  );
}

function requireMetric(db: ReadableDatabase, key: string): MetricSetting {
  const setting = readMetricSettings(db).find((candidate) => candidate.key === key);
  if (!setting) throw new RequestError('NOT_FOUND', 'That measure no longer exists.');
  return setting;
}

export function setMetricEnabled(db: WritableDatabase, key: string, enabled: boolean): void {
  requireMetric(db, key);
  db.run('UPDATE metrics SET enabled = ? WHERE key = ?', [enabled ? 1 : 0, key]);
}

export function addCustomMetric(db: WritableDatabase, key: string, custom: CustomMetric): void {
  const { position } = selectRow(db, 'SELECT coalesce(max(position) + 1, 0) AS position FROM metrics', [], {
    position: 'integer',
  })!;
  db.run('INSERT INTO metrics (key, position, enabled, custom_json) VALUES (?, ?, 1, ?)', [
    key,
    position,
    JSON.stringify(custom),
  ]);
}

/** Renames or re-ranges a custom measure; refused when values already recorded would fall outside. */
export function updateCustomMetric(db: WritableDatabase, key: string, custom: CustomMetric): void {
  const current = requireMetric(db, key);
  if (!current.custom) throw new RequestError('INVALID_INPUT', 'Built-in measures cannot be changed.');
  if (current.custom.kind !== custom.kind && countValues(db, key) > 0) {
    throw new RequestError('INVALID_INPUT', 'This measure already has values, so its kind cannot change.');
  }
  const { low, high } = selectRow(
    db,
    'SELECT min(value) AS low, max(value) AS high FROM checkin_values WHERE metric = ?',
    [key],
    {
      low: 'number?',
      high: 'number?',
    },
  )!;
  if (low !== null && high !== null && (low < custom.min || high > custom.max)) {
    throw new RequestError(
      'INVALID_INPUT',
      `Check-ins already hold values from ${String(low)} to ${String(high)}; the range must include them.`,
    );
  }
  db.run('UPDATE metrics SET custom_json = ? WHERE key = ?', [JSON.stringify(custom), key]);
}

/** Deletes a custom measure that has no values; one with values can only be turned off. */
export function deleteCustomMetric(db: WritableDatabase, key: string): void {
  const current = requireMetric(db, key);
  if (!current.custom) throw new RequestError('INVALID_INPUT', 'Built-in measures can be turned off, not deleted.');
  const recorded = countValues(db, key);
  if (recorded > 0) {
    throw new RequestError(
      'INVALID_INPUT',
      `${recorded} check-in${recorded === 1 ? ' has' : 's have'} a value for this measure. Turn it off instead, so they are kept.`,
    );
  }
  db.run('DELETE FROM metrics WHERE key = ?', [key]);
}

function countValues(db: ReadableDatabase, key: string): number {
  return selectRow(db, 'SELECT count(*) AS count FROM checkin_values WHERE metric = ?', [key], { count: 'integer' })!
    .count;
}

/**
 * A template's measures: a plan started from it asks about exactly those built-ins (a physical
 * injury tracks pain, not cravings); suggestions added later from another template only turn
 * its measures on. Custom measures are never touched.
 */
export function applyTemplateMeasures(
  db: WritableDatabase,
  measures: readonly string[] | null,
  firstStart: boolean,
): void {
  if (!measures) return;
  for (const { key } of builtInMetrics) {
    if (key === 'mood') continue;
    if (measures.includes(key)) setMetricEnabled(db, key, true);
    else if (firstStart) setMetricEnabled(db, key, false);
  }
}
