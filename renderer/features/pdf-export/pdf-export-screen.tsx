import { type FormEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addDays } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import { planAreas } from '../../../shared/plan/plan-diff';
import {
  reportFileName,
  withAudience,
  type AudienceContext,
  type PaperSize,
  type RememberedChoices,
  type ReportAudience,
  type ReportChoices,
} from '../../../shared/pdf-export/report-choices';
import {
  pageBlockName,
  pageBlockSelector,
  type ReportData,
  type ReportPages,
  type SavedReport,
} from '../../../shared/pdf-export/report-data';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useCheckInToday } from '../../lib/check-in-clock';
import { plural } from '../../lib/plural';
import { useSettings } from '../../lib/settings';
import { firstError } from '../../lib/ipc-query';
import { useMeasures, usePlanView } from '../../lib/shared-queries';
import { useDebounced } from '../../lib/use-debounced';
import { useRememberChoices, useRememberedChoices, useReportPages, useReportPreview, useSaveReport } from './api';
import { AudienceChoice, PlanPartsChoices, ProgressChoices, SessionExtras, SharingChoices } from './export-choices';
import { ReportDocument } from './report-document';

/** What the Export screen needs before it can offer choices. */
interface ExportSetup {
  metrics: TrackedMetric[];
  lastReviewOn: string | null;
  paper: PaperSize;
  /** The choices as last left on this screen, kept in the vault; null on the first visit. */
  remembered: RememberedChoices | null;
}

type Choices = RememberedChoices;

/** How the last save went, shown under the save button. */
interface Outcome {
  tone: 'success' | 'info' | 'error';
  text: string;
}

/** The document to preview, or why it could not be made just now. */
interface Preview {
  report: ReportData | undefined;
  error: string | undefined;
}

/** How long the screen waits after a change before keeping the choices in the vault. */
const rememberDelayMs = 400;

const previewDelayMs = 300;
/** Counting pages prints the document off-screen (about 1.5 s of main’s time with ten years), so it waits for a real pause in the changes. */
const pagesDelayMs = 2000;

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
    questionnaires: { include: false, itemAnswers: false },
    medications: false,
    substanceUse: false,
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

/** The choices, the save button and the live preview, once the screen has what it needs. */
function ExportForm({ setup, today }: { setup: ExportSetup; today: string }) {
  const { update: updateSettings } = useSettings();
  const saveReport = useSaveReport();
  const [choices, setChoices] = useState<Choices>(() => initialChoices(setup, today));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const { progress } = choices;
  const customInvalid = progress.range === 'custom' && progress.custom.from > progress.custom.to;
  const request: ReportChoices = { ...choices, today };
  const { preview, knownPages, pagesFailed } = useLivePreview(request, customInvalid);
  useRememberAsYouGo(choices, customInvalid);

  const change = (update: Partial<Choices>) => {
    setOutcome(undefined);
    setChoices((previous) => ({ ...previous, ...update }));
  };

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

  const context = audienceContext(setup);
  const chooseAudience = (audience: ReportAudience) => {
    setOutcome(undefined);
    setChoices((previous) => withAudience(previous, audience, context));
  };

  return (
    <>
      <PageHeading description="Choose what to share, check the preview, then save a PDF to bring to your therapist.">
        Export
      </PageHeading>
      <div className="export-layout">
        <form className="export-choices" onSubmit={(event) => void save(event)} aria-label="What goes in the PDF">
          <AudienceChoice audience={choices.audience} onChoose={chooseAudience} />
          <PlanPartsChoices choices={choices} lastReviewOn={setup.lastReviewOn} onChange={change} />
          <ProgressChoices
            choices={choices}
            lastReviewOn={setup.lastReviewOn}
            extraMetrics={extraMetricsOf(setup)}
            customInvalid={customInvalid}
            onChange={change}
          />
          <SharingChoices choices={choices} onChange={change} />
          <SessionExtras choices={choices} onChange={change} onChoosePaper={(paper) => void choosePaper(paper)} />
          <SaveActions saving={saving} blocked={customInvalid} today={today} outcome={outcome} />
        </form>
        <PreviewPanel preview={preview} knownPages={knownPages} pagesFailed={pagesFailed} paper={choices.paper} />
      </div>
    </>
  );
}

/**
 * The preview and the page count follow the choices once they settle (the count, a real print,
 * waits longer); the last preview stays on screen meanwhile.
 */
function useLivePreview(request: ReportChoices, customInvalid: boolean) {
  const requestKey = JSON.stringify(request);
  const previewQuery = useReportPreview(useDebounced(customInvalid ? undefined : request, previewDelayMs));
  const preview: Preview = { report: previewQuery.data, error: previewQuery.error?.message };
  const countedFor = useDebounced(customInvalid ? undefined : request, pagesDelayMs);
  const pagesQuery = useReportPages(countedFor);
  const counted = JSON.stringify(countedFor) === requestKey && !pagesQuery.isPlaceholderData;
  const knownPages = counted ? pagesQuery.data : undefined;
  const pagesFailed = counted && pagesQuery.isError;
  return { preview, knownPages, pagesFailed };
}

/**
 * Every change is kept in the vault shortly after it is made, and at once when the screen closes,
 * so the choices and the questions for the session survive going elsewhere and coming back.
 */
function useRememberAsYouGo(choices: Choices, customInvalid: boolean): void {
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
}

/** The save button, where the file will be suggested to go, and how the last save went. */
function SaveActions({
  saving,
  blocked,
  today,
  outcome,
}: {
  saving: boolean;
  /** True while a choice is not valid (the custom dates run backwards). */
  blocked: boolean;
  today: string;
  outcome: Outcome | undefined;
}) {
  return (
    <div className="export-actions">
      <button type="submit" className="button-primary" disabled={saving || blocked} aria-busy={saving}>
        {saving ? 'Making your PDF…' : 'Save as PDF…'}
      </button>
      <p className="field-hint">You choose where it goes; it is suggested as {reportFileName(today)}.</p>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </div>
  );
}

/** The preview beside the choices, with how many pages it comes to on the chosen paper. */
function PreviewPanel({
  preview,
  knownPages,
  pagesFailed,
  paper,
}: {
  preview: Preview;
  knownPages: ReportPages | undefined;
  pagesFailed: boolean;
  paper: PaperSize;
}) {
  return (
    <section className="export-preview card" aria-labelledby="export-preview-title">
      <h2 id="export-preview-title">Preview</h2>
      <p className="muted" aria-live="polite">
        {knownPages
          ? `${plural(knownPages.pages, 'page')} on ${paper === 'letter' ? 'US Letter' : 'A4'}; each page’s start is marked.`
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
  );
}

/**
 * The document as it will print, with the page each part, area and block starts on (from a real
 * print) marked where the page changes, and the contents' page numbers filled in.
 */
function PreviewPaper({ report, starts }: { report: ReportData; starts: Record<string, number> | undefined }) {
  const paper = useRef<HTMLDivElement>(null);
  // Ten years in a document is a large tree: it is drawn again only when the report or pages change.
  const document = useMemo(
    () => <ReportDocument report={starts ? { ...report, pageNumbers: starts } : report} />,
    [report, starts],
  );
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
      {document}
    </div>
  );
}

function outcomeOf(saved: SavedReport | undefined, error: string | undefined) {
  if (error !== undefined) return { tone: 'error' as const, text: `Your PDF was not saved. ${error}` };
  if (!saved?.saved) return { tone: 'info' as const, text: 'Not saved: you closed the save dialog.' };
  const pages = saved.pages > 0 ? `, ${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}` : '';
  return { tone: 'success' as const, text: `Saved “${saved.fileName}”${pages}.` };
}

/** What the presets look at: whether there is a review, and the measures turned on. */
function audienceContext(setup: ExportSetup): AudienceContext {
  return {
    hasReview: setup.lastReviewOn !== null,
    tracked: extraMetricsOf(setup),
  };
}

/** The measures turned on besides mood, which is always charted: the ones I can add a chart for. */
function extraMetricsOf(setup: ExportSetup): TrackedMetric[] {
  return setup.metrics.filter((metric) => metric.key !== 'mood' && metric.enabled);
}
