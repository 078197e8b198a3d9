import { whatHelpsFactors } from '../../shared/progress/what-helps';
import { goalLevelFigures } from '../../shared/progress/goal-level';
import { diffPlans, writtenPlanAreas, type PlanArea } from '../../shared/plan/plan-diff';
import { assemblePlan, type PlanDocument } from '../../shared/plan/plan-document';
import { blankSections, setbackWord } from '../../shared/plan/plan-sections';
import {
  needsRange,
  orderedPlanAreas,
  reportRange,
  type ReportChoices,
  type ReportPart,
} from '../../shared/pdf-export/report-choices';
import {
  printChartWidth,
  type ReportData,
  type ReportGoal,
  type ReportProgress,
  type ReportQuestionnaires,
  type ReportSnapshot,
} from '../../shared/pdf-export/report-data';
import { questionnaireIds } from '../../shared/questionnaires/questionnaire-forms';
import { goalScores, type ScoredResponse } from '../../shared/questionnaires/questionnaire-response';
import { readScoredResponses } from '../questionnaires/questionnaires-view';
import { buildSessionSnapshot, snapshotWindowDays, snapshotWindows } from '../../shared/pdf-export/session-snapshot';
import { compareInWindows, type MeasureComparison } from '../../shared/progress/measure-change';
import { goalAchievements } from '../../shared/plan/goal-achievement';
import { readMilestones } from '../milestones/milestone-repository';
import { addDays } from '../../shared/dates/calendar-date';
import {
  blankEntry,
  entryTitle,
  warningSignListByStage,
  warningStages,
  type WarningStage,
} from '../../shared/plan/plan-entries';
import { readLapseDays } from '../milestones/lapse-days';
import { readCheckInSpan, readProgressDays } from '../progress/progress-repository';
import { readableSafetyPlan, safetyPlanCompleteness, type SafetyPlanStep } from '../../shared/plan/safety-plan';
import type { DayRange } from '../../shared/check-ins/check-in';
import { readCheckInNotes } from '../check-ins/check-in-repository';
import { readArchivedEntries } from '../plan/plan-repository';
import { readMeasureNames, readTrackedMetrics } from '../metrics/metric-repository';
import type { TrackedMetric } from '../../shared/metrics/custom-metric';
import type { ReadableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';
import { readPlan } from '../plan/plan-repository';
import { listPlanReviews, readReviewSnapshot } from '../plan/plan-review-repository';
import { readMilestonesView } from '../milestones/milestones-view';
import { readProgressView } from '../progress/progress-view';
import { readDatedEvents } from '../care-events/dated-events';
import { isMedicationEvent, type DatedEvent } from '../../shared/care-events/care-event';
import type { ProgressView } from '../../shared/progress/progress-days';
import { readReportMedications, readReportUse } from './report-care';

/** A copy of `plan` with only `areas` filled in. */
function onlyAreas(plan: PlanDocument, areas: ReadonlySet<PlanArea>): PlanDocument {
  const printed: Record<string, unknown> = { ...assemblePlan(blankSections(), []) };
  for (const area of areas) printed[area] = plan[area];
  return printed as PlanDocument;
}

/** The safety plan's most personal steps, shared with a sponsor or family only when chosen. */
const personalSafetyPlanSteps: SafetyPlanStep[] = ['saferSurroundings', 'reasonsForLiving'];

/** A public crisis line's number is not a person's: it prints whatever is chosen for contact details. */
const isPublicLine = (entry: { kind?: string }) => entry.kind === 'crisis-line';

/**
 * The plan as shared: only the printed areas, contact details only where chosen (public crisis
 * lines always keep theirs), the people, services and crisis lines the safety plan names kept by
 * name when their own area is not shared, and its most personal steps only when chosen.
 */
function sharedPlan(
  plan: PlanDocument,
  printed: ReadonlySet<PlanArea>,
  choices: Pick<ReportChoices, 'contactDetails' | 'safetyPlanPersonalSteps'>,
): { plan: PlanDocument; safetyPlanContacts: Record<string, string>; withheldSafetyPlanSteps: SafetyPlanStep[] } {
  const { contactDetails } = choices;
  const shared = onlyAreas(plan, printed);
  const picked = new Set(
    printed.has('safetyPlan') ? [...plan.safetyPlan.peopleICanAskIds, ...plan.safetyPlan.professionalIds] : [],
  );
  const keepContact = (entry: { kind?: string }) => contactDetails === 'all' || isPublicLine(entry);
  const listed = <T extends { id: string; name: string; contact: string; kind?: string }>(
    area: PlanArea,
    own: readonly T[],
    blank: Omit<T, 'id'>,
  ): T[] =>
    printed.has(area)
      ? own.map((entry) => (keepContact(entry) ? entry : { ...entry, contact: '' }))
      : own.filter((entry) => picked.has(entry.id)).map((entry) => ({ ...blank, id: entry.id, name: entry.name }) as T);
  const safetyPlanContacts: Record<string, string> = {};
  for (const entry of [
    ...plan.supportNetwork.people,
    ...plan.supportNetwork.resources,
    ...plan.careTeam.professionals,
  ]) {
    const wanted = contactDetails !== 'none' || isPublicLine(entry as { kind?: string });
    if (wanted && picked.has(entry.id) && entry.contact.trim()) safetyPlanContacts[entry.id] = entry.contact;
  }
  const withheldSafetyPlanSteps =
    printed.has('safetyPlan') && !choices.safetyPlanPersonalSteps
      ? personalSafetyPlanSteps.filter((step) => plan.safetyPlan[step].trim() !== '')
      : [];
  const safetyPlan = { ...shared.safetyPlan };
  for (const step of withheldSafetyPlanSteps) safetyPlan[step] = '';
  return {
    withheldSafetyPlanSteps,
    plan: {
      ...shared,
      safetyPlan,
      supportNetwork: {
        people: listed('supportNetwork', plan.supportNetwork.people, blankEntry('people')),
        resources: listed('supportNetwork', plan.supportNetwork.resources, blankEntry('resources')),
      },
      careTeam: {
        ...shared.careTeam,
        professionals: listed('careTeam', plan.careTeam.professionals, blankEntry('careProfessionals')),
      },
    },
    safetyPlanContacts,
  };
}

/** Page 1: the last 30 days against the 30 before, lapses, warning signs, triggers and what helps. */
function readSnapshot(
  db: ReadableDatabase,
  plan: PlanDocument,
  choices: ReportChoices,
  range: DayRange,
  progress: ReportProgress,
  lastReviewOn: string | null,
): ReportSnapshot {
  const archived = readArchivedEntries(db);
  const names: Record<string, string> = {};
  for (const entry of plan.triggers) names[entry.id] = entryTitle('triggers', entry);
  for (const entry of plan.copingStrategies) names[entry.id] = entryTitle('copingStrategies', entry);
  for (const stage of warningStages) {
    for (const sign of plan.warningSigns[stage].signs) names[sign.id] = entryTitle(warningSignListByStage[stage], sign);
  }
  // Archived entries keep their names, so past check-ins still say what was noted.
  for (const entry of archived) names[entry.id] = entryTitle(entry.list, entry.data);
  const warningSignStages: Record<string, WarningStage> = {};
  for (const stage of warningStages) {
    for (const sign of plan.warningSigns[stage].signs) warningSignStages[sign.id] = stage;
    for (const entry of archived) if (entry.list === warningSignListByStage[stage]) warningSignStages[entry.id] = stage;
  }
  const measures = progress.charts.map(({ metric }) => ({ key: metric.key, min: metric.min, max: metric.max }));
  const windowStart = addDays(range.to, -(2 * snapshotWindowDays - 1));
  const snapshot = buildSessionSnapshot({
    range,
    firstCheckInDay: readCheckInSpan(db).firstDay,
    days: readProgressDays(
      db,
      { from: windowStart < range.from ? windowStart : range.from, to: range.to },
      { metrics: measures.map((measure) => measure.key), withCheckIns: true },
    ),
    measures,
    lapseDays: readLapseDays(db),
    warningSignStages,
    copingIds: plan.copingStrategies.map((entry) => entry.id),
    names,
  });
  const { cadence, nextReviewOn } = plan.reviewSchedule;
  const scheduled = cadence !== 'none' && nextReviewOn ? nextReviewOn : null;
  const lastCrisis = snapshot.crisisDays.at(-1)?.day;
  const reviewedOn = plan.safetyPlan.reviewedOn;
  // Warning signs and triggers print only with their part of the plan: a copy without them (for
  // family, say) never names them, so nothing they would tell (a lapse left out) can be inferred.
  const shared = new Set(choices.planAreas);
  const signsShared = shared.has('warningSigns');
  const triggersShared = shared.has('triggers');
  return {
    ...snapshot,
    crisisDays: signsShared ? snapshot.crisisDays : [],
    warningSigns: signsShared ? snapshot.warningSigns : [],
    topTriggers: triggersShared ? snapshot.topTriggers : [],
    frequency: {
      ...snapshot.frequency,
      triggers: triggersShared ? snapshot.frequency.triggers : [],
      warningSigns: signsShared ? snapshot.frequency.warningSigns : [],
    },
    lapses: choices.lapses ? snapshot.lapses : null,
    risk: {
      crisisPlan: plan.warningSigns.crisis.actionPlan.trim(),
      safetyPlan: safetyPlanCompleteness(readableSafetyPlan(plan)),
      safetyPlanReviewedSinceLastCrisis: lastCrisis ? reviewedOn !== null && reviewedOn >= lastCrisis : null,
    },
    safetyPlanReviewedOn: plan.safetyPlan.reviewedOn ?? null,
    lastReviewOn,
    nextReviewOn: scheduled,
    reviewOverdue: scheduled !== null && scheduled < choices.today,
  };
}

/**
 * The shared goals with their status (and, marked achieved, when and any setback since), and the
 * measure following one over page 1's two windows: the last 30 days, against the 30 before.
 */
function readGoals(
  db: ReadableDatabase,
  plan: PlanDocument,
  range: DayRange,
  tracked: readonly TrackedMetric[],
  setbacksShared: boolean,
  /** Every scored response, when questionnaire results are chosen; null when they stay out. */
  responses: readonly ScoredResponse[] | null,
): ReportGoal[] {
  const windows = snapshotWindows(range, readCheckInSpan(db).firstDay);
  const goalMetrics = [...new Set(plan.goals.flatMap((goal) => (goal.metric ? [goal.metric] : [])))];
  const days = readProgressDays(
    db,
    { from: windows.before?.from ?? windows.recent.from, to: range.to },
    { metrics: goalMetrics, withCheckIns: false },
  );
  const achievements = goalAchievements(plan.goals, readMilestones(db), setbacksShared ? readLapseDays(db) : []);
  return plan.goals.map((goal) => {
    const metric = tracked.find((candidate) => candidate.key === goal.metric);
    const daily = metric
      ? days.flatMap((day) => {
          const stat = day.values[metric.key];
          return stat ? [{ day: day.day, mean: stat.mean }] : [];
        })
      : [];
    const comparison =
      metric && windows.before
        ? compareInWindows(daily, { earlier: windows.before, later: windows.recent }, metric)
        : null;
    const recent = metric
      ? compareInWindows(daily, { earlier: windows.recent, later: windows.recent }, metric).later
      : null;
    return {
      id: goal.id,
      statement: goal.statement,
      status: goal.status,
      target: goal.target,
      measured: metric && recent ? { metric, recent, comparison, level: goalLevelFigures(daily, range.to) } : null,
      scores: goal.questionnaire && responses ? goalScores(goal.questionnaire, responses, range) : null,
      achievement: achievements.find((candidate) => candidate.goalId === goal.id) ?? null,
    };
  });
}

/**
 * A chart's view as this copy shares it: with the events chosen, and my medicines among what helps
 * only when my medications are shared.
 */
function sharedView(view: ProgressView, choices: ReportChoices, events: DatedEvent[]): ProgressView {
  const factors = view.whatHelpsFactors.filter((factor) => choices.medications || factor.kind !== 'medication');
  const keys = new Set(factors.map((factor) => factor.key));
  return {
    ...view,
    events,
    whatHelpsFactors: factors,
    whatHelps: {
      ...view.whatHelps,
      comparisons: view.whatHelps.comparisons.filter((comparison) => keys.has(comparison.factor)),
    },
  };
}

function readProgress(
  db: ReadableDatabase,
  plan: PlanDocument,
  choices: ReportChoices,
  range: DayRange,
  goalsShared: boolean,
): ReportProgress {
  const tracked = readTrackedMetrics(db);
  const chosen = ['mood', ...choices.progress.metrics.filter((key) => key !== 'mood')];
  // My medications' changes are marked only in a copy that shares my medications.
  const events = readDatedEvents(db, range).filter((event) => choices.medications || !isMedicationEvent(event));
  const charts = chosen.flatMap((key) => {
    const metric = tracked.find((candidate) => candidate.key === key);
    if (!metric) return [];
    const view = readProgressView(db, { ...range, pixels: printChartWidth, metrics: [key] });
    return [{ metric, view: sharedView(view, choices, events) }];
  });
  const factors = charts[0]?.view.whatHelpsFactors ?? whatHelpsFactors(plan, tracked);
  const milestones = readMilestonesView(db, choices.today);
  // A goal's questionnaire scores print only when questionnaire results are chosen for the PDF.
  const responses = choices.questionnaires.include ? readScoredResponses(db) : null;
  const goals = goalsShared ? readGoals(db, plan, range, tracked, choices.lapses, responses) : [];
  if (!choices.lapses) {
    // Left out: no lapse marked, and only the recovery count, which goes on through lapses.
    return {
      range,
      charts: charts.map((chart) => ({ ...chart, view: { ...chart.view, lapseDays: [] } })),
      milestones: {
        ...milestones,
        lapseDays: [],
        counts: milestones.counts.filter((count) => count.kind === 'recovery'),
      },
      listMilestones: choices.progress.milestones,
      whatHelps: choices.progress.whatHelps ? factors : null,
      goals,
      crisisDays: [],
      events,
    };
  }
  return {
    range,
    charts,
    milestones,
    listMilestones: choices.progress.milestones,
    whatHelps: choices.progress.whatHelps ? factors : null,
    goals,
    crisisDays: [],
    events,
  };
}

/**
 * The progress pages as page 1 sees them: each chart's comparison is page 1's (the last 30 days
 * against the 30 before, dated), so the document says one comparison, and crisis days are marked.
 */
function withSnapshot(progress: ReportProgress, snapshot: ReportSnapshot): ReportProgress {
  const { recent, before } = snapshot.windows;
  const comparisonOf = (key: string): MeasureComparison | null => {
    const measure = snapshot.measures.find((candidate) => candidate.metric === key);
    if (!measure || !before || !measure.before) return null;
    return {
      earlier: { ...before, ...measure.before },
      later: { ...recent, ...measure.recent },
      direction: measure.direction,
    };
  };
  return {
    ...progress,
    crisisDays: snapshot.crisisDays.map((crisis) => crisis.day),
    charts: progress.charts.map((chart) => ({
      ...chart,
      view: { ...chart.view, comparisons: { [chart.metric.key]: comparisonOf(chart.metric.key) } },
    })),
  };
}

/**
 * Questionnaire results for the range: each form's latest answer up to its end, and every answer in
 * it. The answer to each question stays in main unless asked for (only the risk item's points, for
 * the risk line, go with every answer).
 */
function readQuestionnaires(db: ReadableDatabase, range: DayRange, choices: ReportChoices): ReportQuestionnaires {
  const upToEnd = readScoredResponses(db).filter((response) => response.day <= range.to);
  const shown = (response: ScoredResponse): ScoredResponse =>
    choices.questionnaires.itemAnswers ? response : { ...response, items: [], followUp: null };
  const latest = questionnaireIds.flatMap((form) => {
    const last = upToEnd.findLast((response) => response.form === form);
    return last ? [shown(last)] : [];
  });
  return {
    latest,
    inRange: upToEnd.filter((response) => response.day >= range.from).map(shown),
    itemAnswers: choices.questionnaires.itemAnswers,
  };
}

/**
 * The document for a set of choices, read from the vault. Everything not chosen stays out: a
 * plan area not ticked is blank, journal notes are read only when asked for, and the change list
 * covers only the areas being shared.
 */
export function buildReport(db: ReadableDatabase, choices: ReportChoices): ReportData {
  const latestReview = listPlanReviews(db)[0] ?? null;
  const plan = readPlan(db);
  const shared = new Set<PlanArea>(choices.planAreas);
  const wantsRange = needsRange(choices);
  const range = wantsRange ? reportRange(choices, latestReview?.reviewedOn ?? null) : null;
  if (wantsRange && range === null) {
    throw new RequestError(
      'INVALID_INPUT',
      'There is no review of your plan yet, so “since my last review” has no start. Choose another range.',
    );
  }
  if (choices.changesSinceReview && latestReview === null) {
    throw new RequestError(
      'INVALID_INPUT',
      'There is no review of your plan yet, so there are no changes since one. Untick “What changed since my last review”.',
    );
  }

  const changes =
    choices.changesSinceReview && latestReview
      ? {
          since: latestReview.reviewedOn,
          notes: { working: latestReview.working, notWorking: latestReview.notWorking, changes: latestReview.changes },
          diff: diffPlans(onlyAreas(readReviewSnapshot(db, latestReview.id), shared), onlyAreas(plan, shared)),
        }
      : null;
  const written = writtenPlanAreas(plan);
  const chosenAreas = orderedPlanAreas(choices);
  const printedAreas = chosenAreas.filter((area) => written.has(area));
  const progressAlone =
    choices.progress.include && range ? readProgress(db, plan, choices, range, printedAreas.includes('goals')) : null;
  const snapshot =
    progressAlone && range
      ? readSnapshot(db, plan, choices, range, progressAlone, latestReview?.reviewedOn ?? null)
      : null;
  const progress = progressAlone && snapshot ? withSnapshot(progressAlone, snapshot) : progressAlone;
  const parts: ReportPart[] = ['title'];
  if (choices.safetyPlanFirst) parts.push('safetyPlan');
  // With progress, the questions open page 1 (the session snapshot) instead of a page of their own.
  if (choices.questions.trim() && !progress) parts.push('questions');
  if (changes) parts.push('changes');
  if (printedAreas.length) parts.push('plan');
  if (choices.progress.include) parts.push('progress');
  // A part with nothing to say (no medication in these dates, no substance in my plan) is left out.
  const medications = choices.medications && range ? readReportMedications(db, plan, range, choices.today) : null;
  if (medications?.list.length) parts.push('medications');
  const substanceUse = choices.substanceUse && range ? readReportUse(db, range, choices.lapses) : null;
  if (substanceUse?.substances.length) parts.push('substanceUse');
  const questionnaires = choices.questionnaires.include && range ? readQuestionnaires(db, range, choices) : null;
  if (questionnaires) parts.push('questionnaires');
  if (choices.journalNotes) parts.push('journalNotes');

  // The safety plan's own first page prints it even when it was not ticked among the areas.
  const printed = choices.safetyPlanFirst ? new Set([...shared, 'safetyPlan' as const]) : shared;
  return {
    choices,
    parts,
    ...sharedPlan(plan, printed, choices),
    measures: readMeasureNames(db),
    setbackWord: setbackWord(plan.about),
    range,
    planAreas: printedAreas,
    blankPlanAreas: chosenAreas.filter((area) => !written.has(area)),
    changes,
    progress,
    snapshot,
    journalNotes: choices.journalNotes && range ? readCheckInNotes(db, range) : null,
    questionnaires,
    medications: medications?.list.length ? medications : null,
    substanceUse: substanceUse?.substances.length ? substanceUse : null,
    pageNumbers: null,
  };
}
