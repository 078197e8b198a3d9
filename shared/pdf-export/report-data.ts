import type { WhatHelpsFactor } from '../progress/what-helps';
import type { MeasureComparison, WindowMean } from '../progress/measure-change';
import type { GoalAchievement } from '../plan/goal-achievement';
import type { ReviewNotes } from '../plan/plan-review';
import type { MeasureName } from '../metrics/custom-metric';
import type { DayRange } from '../check-ins/check-in';
import type { MilestonesView } from '../milestones/milestone';
import type { TrackedMetric } from '../metrics/custom-metric';
import type { PlanArea, PlanDiff } from '../plan/plan-diff';
import type { PlanDocument } from '../plan/plan-document';
import type { SafetyPlanStep } from '../plan/safety-plan';
import type { ProgressView } from '../progress/progress-days';
import type { GoalScores, ScoredResponse } from '../questionnaires/questionnaire-response';
import type { ReportChoices, ReportPart } from './report-choices';
import type { DatedEvent } from '../care-events/care-event';
import type { Medication, MedicationVersion } from '../medications/medication';
import type { AdherenceView, SideEffect } from '../medications/medication-requests';
import type { StandardDrinkDefinition } from '../substance-use/standard-drinks';
import type { Substance, UseDay } from '../substance-use/substance-use';
import type { SessionSnapshot } from './session-snapshot';
import type { GoalLevelFigures } from '../progress/goal-level';

/**
 * Page 1's risk line, after my topics: the crisis-stage signs in the range (named and dated, in
 * `crisisDays`), what my plan says to do at that stage, how complete my safety plan is, and whether
 * I reviewed it after the last crisis day.
 */
export interface ReportRisk {
  /** My plan's words for the crisis stage; empty when I have not written them. */
  crisisPlan: string;
  safetyPlan: { written: number; of: number };
  /** Null when there was no crisis day in the range. */
  safetyPlanReviewedSinceLastCrisis: boolean | null;
}

/** Page 1 when progress is included: the snapshot, with the plan's dates a session starts from. */
export interface ReportSnapshot extends Omit<SessionSnapshot, 'lapses'> {
  /** Null when the person chose to leave lapses out ("not shared in this copy"). */
  lapses: SessionSnapshot['lapses'] | null;
  risk: ReportRisk;
  safetyPlanReviewedOn: string | null;
  lastReviewOn: string | null;
  /** The next review's date when reviews are scheduled; `reviewOverdue` when it is before today. */
  nextReviewOn: string | null;
  reviewOverdue: boolean;
}

/** One measure's chart: the view summarised for the print chart's width. */
export interface ReportChart {
  metric: TrackedMetric;
  view: ProgressView;
}

/** A goal on the progress pages: where it stands, and its measure over page 1's two windows. */
export interface ReportGoal {
  id: string;
  statement: string;
  status: PlanDocument['goals'][number]['status'];
  target: string;
  /**
   * The check-in measure it is followed by: its mean over the last 30 days, and compared with the 30
   * before (the same windows as page 1; null comparison when I had not started then).
   */
  measured: {
    metric: TrackedMetric;
    recent: WindowMean;
    comparison: MeasureComparison | null;
    /** Its latest value and last 7 days' average, for a goal that aims at a level. */
    level: GoalLevelFigures;
  } | null;
  /**
   * The questionnaire it follows: its first and latest total in the range. Null when it follows none,
   * or when questionnaire results stay out of the PDF.
   */
  scores: GoalScores | null;
  /** When it was marked achieved, and a setback since (only when setbacks are shared). */
  achievement: GoalAchievement | null;
}

export interface ReportProgress {
  range: DayRange;
  /** Mood first, then the chosen measures that exist. */
  charts: ReportChart[];
  /** Counters and milestones: marked on the charts, and listed when `listMilestones`. */
  milestones: MilestonesView;
  listMilestones: boolean;
  /**
   * Coping strategies, triggers and yes/no measures against mood, when chosen (null otherwise):
   * each one's name, with the comparisons in the mood chart's view.
   */
  whatHelps: WhatHelpsFactor[] | null;
  /** The plan's goals, when its goals are shared (empty otherwise). */
  goals: ReportGoal[];
  /** Days with a crisis-stage sign, marked on the charts as setbacks are (empty when warning signs are not shared). */
  crisisDays: string[];
  /**
   * The events of the range, marked on the charts and listed after them: my events of care, and my
   * medications' starts, changes and stops when medications are shared.
   */
  events: DatedEvent[];
}

/** How many weeks the tables by week cover at most: the last ones of the range. */
export const reportWeeksShown = 26;

/** A medication on the PDF's list: how it was taken at the range's end, or when it stopped. */
export interface ReportMedication {
  medication: Medication;
  current: MedicationVersion;
  /** The care-team member who prescribed it, by name; empty when none is chosen. */
  prescriber: string;
}

/** My medications, when shared: page 1's lines and a part of their own. */
export interface ReportMedications {
  /** Every medication taken on some day of the range: those still taken first, in the list's order. */
  list: ReportMedication[];
  /** Started, changed or stopped in the range, oldest first. */
  changes: DatedEvent[];
  /** The last 30 days of the range, for page 1's changes and adherence. */
  recent: DayRange;
  /** Doses taken on time over the range, and over `recent`, per scheduled medication (through yesterday). */
  adherence: AdherenceView;
  recentAdherence: AdherenceView;
  /** The side effects noted in the range, the latest first, with the medication's name. */
  sideEffects: (SideEffect & { name: string })[];
}

/** Days written, days used and the amount in all, of one substance over some days. */
export interface UseTally {
  daysWritten: number;
  daysUsed: number;
  amount: number;
}

/** My substance use by day, when shared: page 1's comparison and a calendar by week. */
export interface ReportUse {
  standardDrink: StandardDrinkDefinition;
  substances: Substance[];
  /** The last 30 days of the range and the 30 before them. */
  windows: { recent: DayRange; before: DayRange };
  tallies: { substanceId: string; recent: UseTally; before: UseTally }[];
  /** The calendar's days: whole weeks (Monday first), the last `reportWeeksShown` of the range. */
  calendar: DayRange;
  /** The days written in the calendar's weeks. */
  days: UseDay[];
  /** Whether days against my goal are marked (only when my lapses are shared). */
  marksLapses: boolean;
}

/** Questionnaire results, when chosen: read in main, scored there by each form's published rules. */
export interface ReportQuestionnaires {
  /** Each form's latest answer up to the range's end, in the forms' order (page 1). */
  latest: ScoredResponse[];
  /** Every answer in the range, oldest first. Their `items` are empty unless `itemAnswers`. */
  inRange: ScoredResponse[];
  itemAnswers: boolean;
}

/** A check-in's private note, printed only when the person opts in. */
export interface ReportJournalNote {
  day: string;
  /** The moment (ISO) and the zone it was written in, for its local time. */
  at: string;
  timeZone: string;
  note: string;
}

/**
 * What the print view typesets, read in main from exactly what was chosen: parts that were not
 * chosen are absent (null, or left out of `plan`), never hidden by the view.
 */
export interface ReportData {
  choices: ReportChoices;
  /** The parts present, in print order. */
  parts: ReportPart[];
  /**
   * The plan with only the chosen areas filled in (the rest blank) and contact details only where
   * chosen. With the safety plan printed, the people and services it names are there by name.
   */
  plan: PlanDocument;
  /** The contact details the safety plan prints beside the people and services it names, by id. */
  safetyPlanContacts: Record<string, string>;
  /** Safety plan steps left out of this copy (blank in `plan`); the print says "not shared in this copy". */
  withheldSafetyPlanSteps: SafetyPlanStep[];
  /** Every check-in measure by name, for a goal that follows one of them. */
  measures: MeasureName[];
  /** What I call a setback ("lapse", "flare-up", "bad spell"…), used wherever the PDF speaks of one. */
  setbackWord: string;
  /** The days the progress part and the check-in notes cover; null when neither is included. */
  range: DayRange | null;
  /** The chosen areas printed in the plan part, in the app's order: those with something written. */
  planAreas: PlanArea[];
  /** Chosen areas left out because nothing is written in them yet (the contents says so). */
  blankPlanAreas: PlanArea[];
  /** The last review: what I wrote then (working, not working, what I change) and what changed since. */
  changes: { since: string; notes: Pick<ReviewNotes, 'working' | 'notWorking' | 'changes'>; diff: PlanDiff } | null;
  progress: ReportProgress | null;
  /** Page 1's session snapshot; null when no progress is included. */
  snapshot: ReportSnapshot | null;
  journalNotes: ReportJournalNote[] | null;
  questionnaires: ReportQuestionnaires | null;
  medications: ReportMedications | null;
  substanceUse: ReportUse | null;
  /**
   * The page each part and area starts on, by the id of its heading: main fills it in after a
   * first print, so the contents can list page numbers (null in the preview and that first print).
   */
  pageNumbers: Record<string, number> | null;
  /**
   * Set only on the print that counts pages for the preview: every block (`pageBlockSelector`)
   * becomes a link target, so the PDF says which page each one landed on.
   */
  probeBlocks?: boolean;
}

/**
 * The blocks of the document whose page the preview marks: headings, paragraphs, list items,
 * table rows, fields and charts. The print that counts pages and the preview number them in the
 * same order; a block with an id of its own keeps it, the rest are `block-<n>`.
 */
export const pageBlockSelector = '.report :is(h1, h2, h3, p, li, tr, .print-field, .print-chart svg)';

/** The name the PDF gives block `index` of `pageBlockSelector`'s list, whose own id is `id` (or empty). */
export const pageBlockName = (id: string, index: number) => id || `block-${index}`;

/** How the document falls into pages, printed for the preview (nothing is written anywhere). */
export interface ReportPages {
  pages: number;
  /** The page each part, area and block starts on, by its id (`pageBlockName`). */
  starts: Record<string, number>;
}

/** How a PDF came out, as the Export screen reports it. */
export type SavedReport = { saved: false } | { saved: true; fileName: string; bytes: number; pages: number };

/** The width, in CSS pixels, of a chart on the printed page (both paper sizes): main summarises for it. */
export const printChartWidth = 640;

/** The route the print view is loaded at, followed by the print job's id: `#/print/<id>`. */
export const printRoutePrefix = 'print/';

/** The attribute the print view sets on <html> once it is drawn (`ready`) or has failed (`failed`). */
export const printStateAttribute = 'data-print-state';
