import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { addDays } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { planAreas } from '../../../shared/plan/plan-diff';
import {
  contactDetailChoices,
  maxExtraCharts,
  reportAudiences,
  reportFileName,
  reportRangePresets,
  withAudience,
  type AudienceContext,
  type ContactDetailChoice,
  type PaperSize,
  type RememberedChoices,
  type ReportAudience,
  type ReportChoices,
  type ReportRangePreset,
} from '../../../shared/pdf-export/report-choices';
import {
  pageBlockName,
  pageBlockSelector,
  type ReportData,
  type SavedReport,
} from '../../../shared/pdf-export/report-data';
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
import { plural } from '../../lib/plural';
import { useSettings } from '../../lib/settings';
import { firstError } from '../../lib/ipc-query';
import { useMeasures, usePlanView } from '../../lib/shared-queries';
import { useDebounced } from '../../lib/use-debounced';
import { useRememberChoices, useRememberedChoices, useReportPages, useReportPreview, useSaveReport } from './api';
import { ReportDocument } from './report-document';
import { planAreaTitles } from '../../lib/plan-area-titles';

/** What the Export screen needs before it can offer choices. */
interface ExportSetup {
  metrics: TrackedMetric[];
  lastReviewOn: string | null;
  paper: PaperSize;
  /** The choices as last left on this screen, kept in the vault; null on the first visit. */
  remembered: RememberedChoices | null;
}

type Choices = RememberedChoices;

const audienceLabels: Record<ReportAudience, { label: string; hint: string }> = {
  therapist: { label: 'My therapist or counsellor', hint: 'the whole plan, what changed, what helps' },
  doctor: { label: 'My doctor', hint: 'goals, coping, warning signs, safety plan, care team' },
  physio: {
    label: 'My physiotherapist or another physical-care clinician',
    hint: 'pain and my own measures charted, my setback plan for a flare-up',
  },
  sponsor: { label: 'My sponsor or a peer supporter', hint: 'day-to-day parts, no one’s phone number' },
  family: { label: 'Family or a friend', hint: 'supportive parts, lapses left out' },
};

const contactDetailLabels: Record<ContactDetailChoice, string> = {
  none: 'Leave them out everywhere',
  safetyPlan: 'Only in my safety plan',
  all: 'Everywhere in my plan',
};

/** How long the screen waits after a change before keeping the choices in the vault. */
const rememberDelayMs = 400;

const rangeLabels: Record<ReportRangePreset, string> = {
  '30-days': 'Last 30 days',
  '3-months': 'Last 3 months',
  '6-months': 'Last 6 months',
  'since-review': 'Since my last review',
  custom: 'Dates I choose',
};

const previewDelayMs = 300;
/** Counting pages prints the document off-screen, so it waits for a pause in the changes. */
const pagesDelayMs = 1200;

function initialChoices(setup: ExportSetup, today: string): Choices {
  if (setup.remembered) return { ...setup.remembered, paper: setup.paper };
  const blank: Choices = {
    audience: 'therapist',
    contactDetails: 'safetyPlan',
    lapses: true,
    preparedFor: '',
    identity: { dateOfBirth: null, recordNumber: '' },
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
    safetyPlanPersonalSteps: true,
    changesSinceReview: false,
    questions: '',
    safetyPlanFirst: false,
    paper: setup.paper,
  };
  return withAudience(blank, 'therapist', audienceContext(setup));
}

function useExportSetup(): { setup?: ExportSetup; error?: string } {
  const { settings, error: settingsError } = useSettings();
  const metrics = useMeasures();
  const plan = usePlanView();
  const remembered = useRememberedChoices();
  const setup =
    settings && metrics.data && plan.data && remembered.data !== undefined
      ? {
          metrics: metrics.data,
          lastReviewOn: plan.data.reviews[0]?.reviewedOn ?? null,
          paper: settings.paperSize,
          remembered: remembered.data,
        }
      : undefined;
  return { setup, error: settingsError ?? firstError(metrics, plan, remembered) };
}

/**
 * The Export area: the person chooses what to share, sees the document as it will print, and
 * saves it as a PDF where they choose. The preview is the same document the print view prints.
 */
export function PdfExportScreen() {
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
  return <ExportForm setup={setup} today={today} />;
}

function ExportForm({ setup, today }: { setup: ExportSetup; today: string }) {
  const { update: updateSettings } = useSettings();
  const saveReport = useSaveReport();
  const [choices, setChoices] = useState<Choices>(() => initialChoices(setup, today));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'info' | 'error'; text: string }>();

  const { progress } = choices;
  const customInvalid = progress.range === 'custom' && progress.custom.from > progress.custom.to;
  const request: ReportChoices = { ...choices, today };
  const requestKey = JSON.stringify(request);

  // The preview and the page count follow the choices once they settle (the count, a real print,
  // waits longer); the last preview stays on screen meanwhile.
  const previewQuery = useReportPreview(useDebounced(customInvalid ? undefined : request, previewDelayMs));
  const preview = { report: previewQuery.data, error: previewQuery.error?.message };
  const countedFor = useDebounced(customInvalid ? undefined : request, pagesDelayMs);
  const pagesQuery = useReportPages(countedFor);
  const counted = JSON.stringify(countedFor) === requestKey && !pagesQuery.isPlaceholderData;
  const knownPages = counted ? pagesQuery.data : undefined;
  const pagesFailed = counted && pagesQuery.isError;

  // Every change is kept in the vault shortly after it is made, and at once when the screen closes,
  // so the choices and the questions for the session survive going elsewhere and coming back.
  const { run: remember } = useRememberChoices();
  const pendingRemember = useRef<Choices | undefined>(undefined);
  useEffect(() => {
    if (customInvalid) return;
    pendingRemember.current = choices;
    const timer = setTimeout(() => {
      pendingRemember.current = undefined;
      void remember(choices);
    }, rememberDelayMs);
    return () => clearTimeout(timer);
  }, [remember, choices, customInvalid]);
  useEffect(
    () => () => {
      if (pendingRemember.current) void remember(pendingRemember.current);
    },
    [remember],
  );

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
    const result = await saveReport.run(request);
    setSaving(false);
    setOutcome(outcomeOf(result.ok ? result.value : undefined, result.ok ? undefined : result.error.message));
  }

  const hasReview = setup.lastReviewOn !== null;
  const chooseAudience = (audience: ReportAudience) => {
    setOutcome(undefined);
    setChoices((previous) => withAudience(previous, audience, audienceContext(setup)));
  };
  const safetyPlanIn = choices.safetyPlanFirst || choices.planAreas.includes('safetyPlan');
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
          <section className="card" aria-labelledby="export-audience">
            <h2 id="export-audience">Who it is for</h2>
            <RadioGroupField
              label="I am making this PDF for"
              hint="Sets the choices below to suit them; you can still change any of them."
              options={reportAudiences.map((audience) => ({
                value: audience,
                label: audienceLabels[audience].label,
                hint: audienceLabels[audience].hint,
              }))}
              value={choices.audience}
              onChange={chooseAudience}
            />
          </section>

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
          </section>

          <section className="card" aria-labelledby="export-sharing">
            <h2 id="export-sharing">What to share</h2>
            <RadioGroupField
              label="Phone numbers and contact details"
              hint="Of the people, services and crisis lines in your plan."
              options={contactDetailChoices.map((choice) => ({ value: choice, label: contactDetailLabels[choice] }))}
              value={choices.contactDetails}
              onChange={(contactDetails) => change({ contactDetails })}
            />
            {choices.audience === 'doctor' && safetyPlanIn && choices.contactDetails !== 'none' && (
              <Notice tone="info" title="A PDF for my doctor may be filed in my medical record.">
                <p>
                  My safety plan brings the phone numbers of the friends and family I named in it with it. Public crisis
                  lines keep their numbers either way.
                </p>
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => change({ contactDetails: 'none' })}
                >
                  Leave people’s numbers out
                </button>
              </Notice>
            )}
            {safetyPlanIn && (
              <CheckboxField
                label="Include my reasons for living and how I make my surroundings safer"
                checked={choices.safetyPlanPersonalSteps}
                onChange={(safetyPlanPersonalSteps) => change({ safetyPlanPersonalSteps })}
                hint="The most personal steps of my safety plan. Left out, the PDF says they are not shared in this copy."
              />
            )}
            <CheckboxField
              label="Show my lapses"
              checked={choices.lapses}
              onChange={(lapses) => change({ lapses })}
              hint="Their dates on page 1, the charts and the counters. Without them, only my days in recovery are counted."
            />
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
              hint="Printed first, on page 1. Kept here until you clear them, even if you leave this screen."
              value={choices.questions}
              onChange={(questions) => change({ questions })}
              rows={4}
            />
            <div className="button-row">
              <button
                type="button"
                className="button-quiet button-small"
                disabled={!choices.questions}
                onClick={() => change({ questions: '' })}
              >
                Clear my questions
              </button>
            </div>
            <TextField
              label="Name or initials on the title page"
              hint="Optional. Leave empty for no name."
              value={choices.preparedFor}
              onChange={(preparedFor) => change({ preparedFor })}
              maxLength={80}
            />
            <IdentityFields identity={choices.identity} onChange={(identity) => change({ identity })} />
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
          <p className="muted" aria-live="polite">
            {knownPages
              ? `${plural(knownPages.pages, 'page')} on ${choices.paper === 'letter' ? 'US Letter' : 'A4'}; each page’s start is marked.`
              : pagesFailed
                ? 'The pages could not be counted just now; the preview is still right.'
                : 'Counting the pages…'}
          </p>
          {preview.error && <Notice tone="warning">{preview.error}</Notice>}
          {preview.report ? (
            <PreviewPaper report={preview.report} starts={knownPages?.starts} />
          ) : (
            !preview.error && <p className="muted">Preparing the preview…</p>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * The document as it will print, with the page each part, area and block starts on (from a real
 * print) marked where the page changes, and the contents' page numbers filled in.
 */
function PreviewPaper({ report, starts }: { report: ReportData; starts: Record<string, number> | undefined }) {
  const paper = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = paper.current;
    if (!root) return;
    for (const marked of root.querySelectorAll('[data-page-start]')) marked.removeAttribute('data-page-start');
    if (!starts) return;
    // The same blocks in the same order as the print that counted the pages: each new page is
    // marked on the first block that landed on it.
    let page = 1;
    root.querySelectorAll(pageBlockSelector).forEach((block, index) => {
      const landed = starts[pageBlockName(block.id, index)];
      if (landed === undefined || landed <= page) return;
      block.setAttribute('data-page-start', `Page ${landed}`);
      page = landed;
    });
  }, [report, starts]);
  return (
    <div className="preview-paper" role="region" aria-label="Preview of the PDF" tabIndex={0} ref={paper}>
      <ReportDocument report={starts ? { ...report, pageNumbers: starts } : report} />
    </div>
  );
}

function outcomeOf(saved: SavedReport | undefined, error: string | undefined) {
  if (error !== undefined) return { tone: 'error' as const, text: `Your PDF was not saved. ${error}` };
  if (!saved?.saved) return { tone: 'info' as const, text: 'Not saved: you closed the save dialog.' };
  const pages = saved.pages > 0 ? `, ${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}` : '';
  return { tone: 'success' as const, text: `Saved “${saved.fileName}”${pages}.` };
}

/** For filing in a record: my date of birth and the clinic's record number, printed on page 1 with my name. */
function IdentityFields({
  identity,
  onChange,
}: {
  identity: Choices['identity'];
  onChange(identity: Choices['identity']): void;
}) {
  return (
    <fieldset className="field-group">
      <legend>For filing in my record (optional)</legend>
      <p className="field-hint">
        Printed on page 1 beside the name above, so a clinic can file the PDF. Leave them empty to leave them out.
      </p>
      <DateField
        label="My date of birth"
        value={identity.dateOfBirth}
        onChange={(dateOfBirth) => onChange({ ...identity, dateOfBirth })}
      />
      <TextField
        label="My record number at the clinic"
        value={identity.recordNumber}
        onChange={(recordNumber) => onChange({ ...identity, recordNumber })}
        maxLength={40}
      />
    </fieldset>
  );
}

/** What the presets look at: whether there is a review, and the measures turned on. */
function audienceContext(setup: ExportSetup): AudienceContext {
  return {
    hasReview: setup.lastReviewOn !== null,
    tracked: setup.metrics.filter((metric) => metric.key !== 'mood' && metric.enabled),
  };
}
