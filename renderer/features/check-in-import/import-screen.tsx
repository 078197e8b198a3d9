import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActivityChoice } from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile, ImportSummary, SampleCheckIn } from '../../../shared/check-in-import/import-record';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useIpcClient } from '../../lib/ipc-context';
import { formatDate, formatDay } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { ActivityChoices } from './activity-choices';
import {
  importChoices,
  initialActivityChoices,
  initialMoodPlacement,
  unplacedLabels,
  type MoodPlacement,
} from './import-choices';
import { ImportSummaryView } from './import-summary';
import { MoodPlacementField } from './mood-placement';

/** Every zone this computer knows, for "where I was when I wrote them". */
function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

function FileFacts({ chosen }: { chosen: ChosenImportFile }) {
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

function TimeZoneField({ value, onChange }: { value: string; onChange(zone: string): void }) {
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
  ].filter((line): line is [string, string] => Boolean(line));
  const note = entry.note.length > 280 ? `${entry.note.slice(0, 279)}…` : entry.note;
  return (
    <li className="import-sample-entry">
      <p className="import-sample-when">
        <strong>{formatDay(entry.day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</strong>,{' '}
        {entry.time} · Mood {entry.mood} <span className="field-hint">(“{entry.moodLabel}”)</span>
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

/**
 * Settings → "Bring in check-ins from another app": choose a Daylio export, see what it holds and
 * decide what its moods and activities become, see five entries as they will be, then import.
 * Nothing is written before "Import"; the file itself is never changed.
 */
export function ImportScreen() {
  const ipc = useIpcClient();
  const [chosen, setChosen] = useState<ChosenImportFile>();
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string>();
  const [placement, setPlacement] = useState<MoodPlacement>({ order: [], values: {} });
  const [activities, setActivities] = useState<Record<string, ActivityChoice>>({});
  const [timeZone, setTimeZone] = useState('');
  const [sample, setSample] = useState<SampleCheckIn[]>([]);
  const [triedUnplaced, setTriedUnplaced] = useState(false);
  const [importing, setImporting] = useState(false);
  const [summary, setSummary] = useState<{ fileName: string; result: ImportSummary }>();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  // The chosen file stays in main only while this screen is open.
  useEffect(() => () => void ipc.invoke('checkInImport.forget', {}), [ipc]);

  const choices = useMemo(() => importChoices(placement, activities, timeZone), [placement, activities, timeZone]);
  const unplaced = unplacedLabels(placement);
  const choicesKey = chosen ? JSON.stringify(choices) : undefined;

  useEffect(() => {
    if (!choicesKey) return;
    let current = true;
    const timer = setTimeout(() => {
      void ipc.invoke('checkInImport.sample', JSON.parse(choicesKey) as typeof choices).then((result) => {
        if (current && result.ok) setSample(result.value.sample);
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ipc, choicesKey]);

  async function chooseFile(): Promise<void> {
    setChoosing(true);
    setError(undefined);
    const result = await ipc.invoke('checkInImport.chooseFile', {});
    setChoosing(false);
    if (!result.ok) {
      // Main has let go of any file chosen before: the preview goes too, so it never shows one
      // file while the import would find none.
      setChosen(undefined);
      setError(result.error.message);
      return;
    }
    if (!result.value) return;
    const file = result.value;
    setChosen(file);
    setPlacement(initialMoodPlacement(file));
    setActivities(initialActivityChoices(file));
    setTimeZone(file.timeZone);
    setSample([]);
    setTriedUnplaced(false);
    requestAnimationFrame(() => previewHeading.current?.focus());
  }

  async function runImport(): Promise<void> {
    if (!chosen) return;
    if (unplaced.length > 0) {
      setTriedUnplaced(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.mood-placement select[aria-invalid]')?.focus());
      return;
    }
    setImporting(true);
    setError(undefined);
    const result = await ipc.invoke('checkInImport.run', choices);
    setImporting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setSummary({ fileName: chosen.fileName, result: result.value });
    setChosen(undefined);
  }

  if (summary) {
    return (
      <ImportSummaryView fileName={summary.fileName} summary={summary.result} onAnother={() => setSummary(undefined)} />
    );
  }

  const isEmpty = chosen && chosen.preview.entries === 0;
  return (
    <>
      <PageHeading description="Bring my history from Daylio into Waypoint: my moods and activities become check-ins, so my charts and “What helps” start with what I already know.">
        Bring in check-ins from another app
      </PageHeading>
      <p>
        <Link to="/settings">Back to Settings</Link>
      </p>
      <section className="card" aria-labelledby="import-choose-title">
        <h2 id="import-choose-title">{chosen ? 'The file' : 'Choose my Daylio export'}</h2>
        <p>
          In Daylio: More → Export entries → CSV. Then choose that file here. Waypoint reads it on this computer and
          shows what it holds before anything is written. The file itself is never changed.
        </p>
        {error && <Notice tone="error">{error}</Notice>}
        <div className="button-row">
          <button
            type="button"
            className={chosen ? 'button-secondary' : 'button-primary'}
            onClick={() => void chooseFile()}
            disabled={choosing || importing}
          >
            {choosing ? 'Reading the file…' : chosen ? 'Choose another file' : 'Choose a file…'}
          </button>
        </div>
      </section>
      {chosen && (
        <>
          <h2 className="visually-hidden" tabIndex={-1} ref={previewHeading}>
            Preview of {chosen.fileName}
          </h2>
          <FileFacts chosen={chosen} />
          {isEmpty ? (
            <Notice tone="info" title="There is nothing to bring in.">
              <p>No line of this file could be read as an entry.</p>
            </Notice>
          ) : (
            <>
              <MoodPlacementField
                moods={chosen.preview.moods}
                placement={placement}
                onChange={setPlacement}
                showUnplaced={triedUnplaced}
              />
              <ActivityChoices chosen={chosen} choices={activities} onChange={setActivities} />
              <TimeZoneField value={timeZone} onChange={setTimeZone} />
              <section className="card" aria-labelledby="import-sample-title">
                <h2 id="import-sample-title">How five entries will look</h2>
                {unplaced.length > 0 ? (
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
              <section className="card" aria-labelledby="import-go-title">
                <h2 id="import-go-title">Import</h2>
                <p>
                  {plural(chosen.preview.entries, 'entry', 'entries')} become check-ins in one step. Entries already in
                  my vault from an earlier import are not added again. I can remove this import as a whole later, from
                  Settings.
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => void runImport()}
                    disabled={importing}
                  >
                    {importing ? 'Importing…' : `Import ${plural(chosen.preview.entries, 'entry', 'entries')}`}
                  </button>
                </div>
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
