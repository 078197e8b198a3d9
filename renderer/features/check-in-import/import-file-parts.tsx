import { useId, useMemo } from 'react';
import type { ImportChoices } from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile, SampleCheckIn } from '../../../shared/check-in-import/import-record';
import { formatDate, formatDay } from '../../lib/format-date';
import { useDebounced } from '../../lib/use-debounced';
import { useImportSample } from './api';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

/** Every zone this computer knows, for "where I was when I wrote them". */
function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function FileFacts({ chosen }: { chosen: ChosenImportFile }) {
  const { preview } = chosen;
  const skipped = preview.skipped.length;
  return (
    <section className="card" aria-labelledby="import-file-title">
      <h2 id="import-file-title">What is in {chosen.fileName}</h2>
      <dl className="facts">
        <dt>Entries</dt>
        <dd>{preview.entries.toLocaleString()}</dd>
        <dt>Dates</dt>
        <dd>{preview.from && preview.to ? `${formatDate(preview.from)} to ${formatDate(preview.to)}` : '—'}</dd>
        <dt>Days with several entries</dt>
        <dd>
          {preview.daysWithSeveral.toLocaleString()}
          <span className="field-hint"> (each entry becomes a check-in of its own)</span>
        </dd>
        <dt>Lines that cannot be read</dt>
        <dd>{skipped === 0 ? 'None: every line is an entry' : `${skipped.toLocaleString()}: they will be skipped`}</dd>
      </dl>
      {skipped > 0 && (
        <details className="import-skipped-preview">
          <summary>Which lines, and why</summary>
          <ul className="import-skipped" tabIndex={0} aria-label="Lines that cannot be read">
            {preview.skipped.map((row) => (
              <li key={`${row.line}-${row.reason}`}>{row.reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function TimeZoneField({ value, onChange }: { value: string; onChange(zone: string): void }) {
  const id = useId();
  const known = useMemo(() => knownTimeZones(), []);
  const zones = known.includes(value) ? known : [value, ...known];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Where I wrote them</h2>
      <div className="field">
        <label htmlFor={id}>Time zone</label>
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={`${id}-hint`}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="field-hint">
          Daylio keeps the time on the clock, not where I was. Each entry stays on the date I wrote it; the zone places
          its time (and the changes of the clocks in spring and autumn).
        </p>
      </div>
    </section>
  );
}

function SampleEntry({ entry }: { entry: SampleCheckIn }) {
  const lines = [
    entry.measures.length > 0 && ['Yes/no measures', entry.measures.join(', ')],
    entry.coping.length > 0 && ['Coping strategies', entry.coping.join(', ')],
    entry.triggers.length > 0 && ['Triggers', entry.triggers.join(', ')],
    entry.medications.length > 0 && ['Medications taken as planned', entry.medications.join(', ')],
  ].filter((line): line is [string, string] => Boolean(line));
  const note = entry.note.length > 280 ? `${entry.note.slice(0, 279)}…` : entry.note;
  return (
    <li className="import-sample-entry">
      <p className="import-sample-when">
        <strong>{formatDay(entry.day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</strong>,{' '}
        {formatTimeOfDay(entry.time)} · Mood {entry.mood} <span className="field-hint">(“{entry.moodLabel}”)</span>
        {entry.alreadyPresent && <span className="tag">Already in my vault: not added again</span>}
      </p>
      {lines.length > 0 && (
        <dl className="facts">
          {lines.map(([term, value]) => (
            <div key={term} className="facts-row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {note && <p className="import-sample-note">{note}</p>}
    </li>
  );
}

/** How long the sample waits for the choices to settle before it is asked for again. */
const sampleDelayMs = 200;

/**
 * "How five entries will look": five entries from across the file as the choices would import
 * them, asked for again as the choices settle. One per chosen file (a new file starts empty).
 */
export function ImportSample({ choices, waiting }: { choices: ImportChoices; waiting: boolean }) {
  const settled = useDebounced(choices, sampleDelayMs);
  const sample = useImportSample(waiting ? undefined : settled).data?.sample ?? [];
  return (
    <section className="card" aria-labelledby="import-sample-title">
      <h2 id="import-sample-title">How five entries will look</h2>
      {waiting ? (
        <p className="empty-state">
          Once each mood has a value, five entries from across the file show here as they will be imported.
        </p>
      ) : (
        <ol className="import-sample" aria-busy={sample.length === 0}>
          {sample.map((entry) => (
            <SampleEntry key={entry.line} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
