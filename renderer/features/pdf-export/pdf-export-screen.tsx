import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { addDays } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { planAreas } from '../../../shared/plan/plan-diff';
import {
  maxExtraCharts,
  reportFileName,
  reportRangePresets,
  type PaperSize,
  type ReportChoices,
  type ReportRangePreset,
} from '../../../shared/pdf-export/report-choices';
import type { ReportData, SavedReport } from '../../../shared/pdf-export/report-data';
import {
  CheckboxField,
  CheckboxGroupField,
  DateField,
  RadioGroupField,
  TextAreaField,
  TextField,
} from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { useIpcClient } from '../../lib/ipc-context';
import { useSettings } from '../../lib/settings-context';
import { firstError, useIpcQuery } from '../../lib/use-ipc-query';
import { planAreaTitles } from '../../lib/plan-area-titles';

/** What the Export screen needs before it can offer choices. */
interface ExportSetup {
  metrics: TrackedMetric[];
  lastReviewOn: string | null;
  paper: PaperSize;
}

type Choices = Omit<ReportChoices, 'today'>;

const rangeLabels: Record<ReportRangePreset, string> = {
  '30-days': 'Last 30 days',
  '3-months': 'Last 3 months',
  '6-months': 'Last 6 months',
  'since-review': 'Since my last review',
  custom: 'Dates I choose',
};

const previewDelayMs = 300;

function initialChoices(setup: ExportSetup, today: string): Choices {
  return {
    preparedFor: '',
    planAreas: [...planAreas],
    progress: {
      include: true,
      range: '3-months',
      custom: { from: addDays(today, -29), to: today },
      metrics: [],
      milestones: true,
      whatHelps: true,
    },
    journalNotes: false,
    changesSinceReview: false,
    questions: '',
    safetyPlanFirst: false,
    paper: setup.paper,
  };
}

function useExportSetup(): { setup?: ExportSetup; error?: string } {
  const { settings, error: settingsError } = useSettings();
  const metrics = useIpcQuery('metrics.list', {});
  const plan = useIpcQuery('plan.get', {});
  const setup =
    settings && metrics.data && plan.data
      ? {
          metrics: metrics.data,
          lastReviewOn: plan.data.reviews[0]?.reviewedOn ?? null,
          paper: settings.paperSize,
        }
      : undefined;
  return { setup, error: settingsError ?? firstError(metrics, plan) };
}

/**
 * The Export area: the person chooses what to share, sees the document as it will print, and
 * saves it as a PDF where they choose. The preview is drawn by `renderPreview` (the app passes
 * the same document component the print view prints).
 */
export function PdfExportScreen({ renderPreview }: { renderPreview(report: ReportData): ReactNode }) {
  const { setup, error } = useExportSetup();
  const today = useCheckInToday();
  if (error) {
    return (
      <Notice tone="error" title="The Export screen could not open.">
        <p>{error}</p>
      </Notice>
    );
  }
  if (!setup || !today) return <p className="muted">Opening Export…</p>;
  return <ExportForm setup={setup} today={today} renderPreview={renderPreview} />;
}

function ExportForm({
  setup,
  today,
  renderPreview,
}: {
  setup: ExportSetup;
  today: string;
  renderPreview(report: ReportData): ReactNode;
}) {
  const ipc = useIpcClient();
  const { update: updateSettings } = useSettings();
  const [choices, setChoices] = useState<Choices>(() => initialChoices(setup, today));
  const [preview, setPreview] = useState<{ report?: ReportData; error?: string }>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'info' | 'error'; text: string }>();

  const { progress } = choices;
  const customInvalid = progress.range === 'custom' && progress.custom.from > progress.custom.to;
  const request: ReportChoices = { ...choices, today };
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    if (customInvalid) return;
    let current = true;
    const timer = setTimeout(() => {
      void ipc.invoke('pdfExport.preview', JSON.parse(requestKey) as ReportChoices).then((result) => {
        if (!current) return;
        setPreview(result.ok ? { report: result.value } : { error: result.error.message });
      });
    }, previewDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ipc, requestKey, customInvalid]);

  const change = (update: Partial<Choices>) => {
    setOutcome(undefined);
    setChoices((previous) => ({ ...previous, ...update }));
  };
  const changeProgress = (update: Partial<Choices['progress']>) =>
    change({ progress: { ...choices.progress, ...update } });

  async function choosePaper(paper: PaperSize): Promise<void> {
    change({ paper });
    const refused = await updateSettings({ paperSize: paper });
    if (refused) setOutcome({ tone: 'error', text: refused });
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (customInvalid || saving) return;
    setSaving(true);
    setOutcome(undefined);
    const result = await ipc.invoke('pdfExport.save', request);
    setSaving(false);
    setOutcome(outcomeOf(result.ok ? result.value : undefined, result.ok ? undefined : result.error.message));
  }

  const hasReview = setup.lastReviewOn !== null;
  const noReviewHint = 'you have not reviewed your plan yet';
  const extraMetrics = setup.metrics.filter((metric) => metric.key !== 'mood' && metric.enabled);
  const needsRange = progress.include || choices.journalNotes;

  return (
    <>
      <PageHeading description="Choose what to share, check the preview, then save a PDF to bring to your therapist.">
        Export
      </PageHeading>
      <div className="export-layout">
        <form className="export-choices" onSubmit={(event) => void save(event)} aria-label="What goes in the PDF">
          <section className="card" aria-labelledby="export-plan">
            <h2 id="export-plan">Your plan</h2>
            <CheckboxGroupField
              label="Parts of the plan to include"
              options={planAreas.map((area) => ({ value: area, label: planAreaTitles[area] }))}
              value={choices.planAreas}
              onChange={(areas) => change({ planAreas: [...areas] })}
            />
            <div className="button-row">
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => change({ planAreas: [...planAreas] })}
              >
                Include all
              </button>
              <button type="button" className="button-quiet button-small" onClick={() => change({ planAreas: [] })}>
                Include none
              </button>
            </div>
            <CheckboxField
              label="Put my safety plan first, on its own page"
              checked={choices.safetyPlanFirst}
              onChange={(safetyPlanFirst) => change({ safetyPlanFirst })}
            />
            <CheckboxField
              label={`What changed since my last review${hasReview ? ` (${formatDate(setup.lastReviewOn!)})` : ''}`}
              checked={choices.changesSinceReview && hasReview}
              onChange={(changesSinceReview) => change({ changesSinceReview })}
              disabled={!hasReview}
              hint={hasReview ? 'Covers the parts of the plan you include.' : `Not available: ${noReviewHint}.`}
            />
          </section>

          <section className="card" aria-labelledby="export-progress">
            <h2 id="export-progress">Progress</h2>
            <CheckboxField
              label="Include charts of my check-ins"
              checked={progress.include}
              onChange={(include) => changeProgress({ include })}
            />
            {needsRange && (
              <RadioGroupField
                label="Check-ins from"
                options={reportRangePresets.map((preset) => ({
                  value: preset,
                  label: rangeLabels[preset],
                  disabled: preset === 'since-review' && !hasReview,
                  hint:
                    preset === 'since-review'
                      ? hasReview
                        ? formatDate(setup.lastReviewOn!)
                        : noReviewHint
                      : undefined,
                }))}
                value={progress.range}
                onChange={(range) => changeProgress({ range })}
              />
            )}
            {needsRange && progress.range === 'custom' && (
              <div className="date-pair">
                <DateField
                  label="From"
                  value={progress.custom.from}
                  onChange={(from) => from && changeProgress({ custom: { ...progress.custom, from } })}
                  error={customInvalid ? 'The start must not be after the end.' : undefined}
                />
                <DateField
                  label="To"
                  value={progress.custom.to}
                  onChange={(to) => to && changeProgress({ custom: { ...progress.custom, to } })}
                />
              </div>
            )}
            {progress.include && (
              <>
                <CheckboxGroupField
                  label="Chart these measures too (mood is always charted)"
                  hint={`Up to ${maxExtraCharts}; one chart each.`}
                  options={extraMetrics.map((metric) => ({ value: metric.key, label: metric.label }))}
                  value={progress.metrics}
                  onChange={(metrics) => changeProgress({ metrics: metrics.slice(0, maxExtraCharts) })}
                  emptyText="Turn on more measures on the Check-ins screen to chart them here."
                />
                <CheckboxField
                  label="List my milestones"
                  checked={progress.milestones}
                  onChange={(milestones) => changeProgress({ milestones })}
                />
                <CheckboxField
                  label="Coping strategies and my mood (what helps)"
                  checked={progress.whatHelps}
                  onChange={(whatHelps) => changeProgress({ whatHelps })}
                />
              </>
            )}
            <CheckboxField
              label="Include my check-in notes"
              checked={choices.journalNotes}
              onChange={(journalNotes) => change({ journalNotes })}
              hint="Your notes are private journal writing: they stay out of the PDF unless you tick this."
            />
          </section>

          <section className="card" aria-labelledby="export-extras">
            <h2 id="export-extras">For my next session</h2>
            <TextAreaField
              label="Questions and topics for my next session"
              hint="Printed on its own page near the front. Leave empty to leave the page out."
              value={choices.questions}
              onChange={(questions) => change({ questions })}
              rows={4}
            />
            <TextField
              label="Name or initials on the title page"
              hint="Optional. Leave empty for no name."
              value={choices.preparedFor}
              onChange={(preparedFor) => change({ preparedFor })}
              maxLength={80}
            />
            <RadioGroupField
              label="Paper size"
              hint="Remembered for next time."
              options={[
                { value: 'a4', label: 'A4' },
                { value: 'letter', label: 'US Letter' },
              ]}
              value={choices.paper}
              onChange={(paper) => void choosePaper(paper)}
            />
          </section>

          <div className="export-actions">
            <button type="submit" className="button-primary" disabled={saving || customInvalid} aria-busy={saving}>
              {saving ? 'Making your PDF…' : 'Save as PDF…'}
            </button>
            <p className="field-hint">You choose where it goes; it is suggested as {reportFileName(today)}.</p>
            {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
          </div>
        </form>

        <section className="export-preview card" aria-labelledby="export-preview-title">
          <h2 id="export-preview-title">Preview</h2>
          <p className="muted">The PDF splits this into pages and numbers them; each part starts on a new page.</p>
          {preview.error && <Notice tone="warning">{preview.error}</Notice>}
          {preview.report ? (
            <div className="preview-paper" role="region" aria-label="Preview of the PDF" tabIndex={0}>
              {renderPreview(preview.report)}
            </div>
          ) : (
            !preview.error && <p className="muted">Preparing the preview…</p>
          )}
        </section>
      </div>
    </>
  );
}

function outcomeOf(saved: SavedReport | undefined, error: string | undefined) {
  if (error !== undefined) return { tone: 'error' as const, text: `Your PDF was not saved. ${error}` };
  if (!saved?.saved) return { tone: 'info' as const, text: 'Not saved: you closed the save dialog.' };
  const pages = saved.pages > 0 ? `, ${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}` : '';
  return { tone: 'success' as const, text: `Saved “${saved.fileName}”${pages}.` };
}
