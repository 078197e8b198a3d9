import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActivityChoice } from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile, ImportSummary } from '../../../shared/check-in-import/import-record';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { plural } from '../../lib/plural';
import { ActivityChoices } from './activity-choices';
import { useChooseImportFile, useForgetImportFile, useRunImport } from './api';
import { FileFacts, ImportSample, TimeZoneField } from './import-file-parts';
import {
  importChoices,
  initialActivityChoices,
  initialMoodPlacement,
  unplacedLabels,
  type MoodPlacement,
} from './import-choices';
import { ImportSummaryView } from './import-summary';
import { MoodPlacementField } from './mood-placement';

/**
 * Settings → "Bring in check-ins from another app": choose a Daylio export, see what it holds and
 * decide what its moods and activities become, see five entries as they will be, then import.
 * Nothing is written before "Import"; the file itself is never changed.
 */
export function ImportScreen() {
  const chooseImportFile = useChooseImportFile();
  const runImportOf = useRunImport();
  const { run: forgetFile } = useForgetImportFile();
  const [chosen, setChosen] = useState<ChosenImportFile>();
  // Each file chosen starts its sample afresh.
  const [fileGeneration, setFileGeneration] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string>();
  const [placement, setPlacement] = useState<MoodPlacement>({ order: [], values: {} });
  const [activities, setActivities] = useState<Record<string, ActivityChoice>>({});
  const [timeZone, setTimeZone] = useState('');
  const [triedUnplaced, setTriedUnplaced] = useState(false);
  const [importing, setImporting] = useState(false);
  const [summary, setSummary] = useState<{ fileName: string; result: ImportSummary }>();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  // The chosen file stays in main only while this screen is open.
  useEffect(() => () => void forgetFile({}), [forgetFile]);

  const choices = useMemo(() => importChoices(placement, activities, timeZone), [placement, activities, timeZone]);
  const unplaced = unplacedLabels(placement);

  async function chooseFile(): Promise<void> {
    setChoosing(true);
    setError(undefined);
    const result = await chooseImportFile.run({});
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
    setFileGeneration((previous) => previous + 1);
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
    const result = await runImportOf.run(choices);
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
              <ImportSample key={fileGeneration} choices={choices} waiting={unplaced.length > 0} />
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
