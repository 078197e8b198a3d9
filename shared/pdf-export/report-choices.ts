import { z } from 'zod';
import { dayRangeSchema, type DayRange } from '../check-ins/check-in';
import { addDays, addMonths } from '../dates/calendar-date';
import { metricKey } from '../metrics/metric-key';
import { planAreas, type PlanArea } from '../plan/plan-diff';
import { calendarDate, lineText, noteText } from '../plan/plan-text';

/** The paper a PDF is laid out for. */
export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** The ranges a person can give their progress pages. */
export const reportRangePresets = ['30-days', '3-months', '6-months', 'since-review', 'custom'] as const;
export type ReportRangePreset = (typeof reportRangePresets)[number];

/** Who the PDF is for: each sets sensible defaults (`audienceDefaults`) the person can change. */
export const reportAudiences = ['therapist', 'doctor', 'physio', 'sponsor', 'family'] as const;
export type ReportAudience = (typeof reportAudiences)[number];

/**
 * Where the phone numbers and other contact details of people (and services I use) print: nowhere,
 * only in the safety plan, or everywhere. Public crisis lines keep their numbers whatever is chosen:
 * "no phone numbers" means people's numbers.
 */
export const contactDetailChoices = ['none', 'safetyPlan', 'all'] as const;
export type ContactDetailChoice = (typeof contactDetailChoices)[number];

/** How many measures besides mood can be charted (one chart each). */
export const maxExtraCharts = 4;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * Everything a person chooses on the Export screen. Main parses it, works out the range and
 * reads exactly what was chosen, so nothing left out ever reaches the print view.
 */
export const reportChoicesSchema = z.strictObject({
  /** The person's today (their clock), for the title page and the ranges that end today. */
  today: calendarDate,
  audience: z.enum(reportAudiences),
  contactDetails: z.enum(contactDetailChoices),
  /** Lapse dates on page 1, the charts and the counters; without them, only the recovery count. */
  lapses: z.boolean(),
  /** A name or initials for the title page; empty leaves the title page anonymous. */
  preparedFor: lineText.max(80, 'Keep the name under 80 characters.'),
  /**
   * For filing in a record, optional: my date of birth and the record number my clinic uses, printed
   * on page 1 with the name. Absent in choices kept by an older Waypoint.
   */
  identity: z
    .strictObject({
      dateOfBirth: calendarDate.nullable(),
      recordNumber: lineText.max(40, 'Keep the record number under 40 characters.'),
    })
    .default({ dateOfBirth: null, recordNumber: '' }),
  /** Areas of the plan, in the app's order whatever order they are given in. */
  planAreas: z
    .array(z.enum(planAreas))
    .max(planAreas.length)
    .refine(distinct, 'Each part of the plan can be chosen once.'),
  progress: z.strictObject({
    include: z.boolean(),
    range: z.enum(reportRangePresets),
    /** The custom range; only read when `range` is `custom`. */
    custom: dayRangeSchema,
    /** Measures charted after mood. */
    metrics: z
      .array(metricKey)
      .max(maxExtraCharts, `Choose up to ${maxExtraCharts} more measures.`)
      .refine(distinct, 'Each measure can be chosen once.'),
    milestones: z.boolean(),
    whatHelps: z.boolean(),
  }),
  /**
   * Questionnaire results: each form's latest on page 1 and every answer in the range in a part of
   * their own, with the answer to each question only when asked for. Absent in choices kept by an
   * older Waypoint (out).
   */
  questionnaires: z
    .strictObject({ include: z.boolean(), itemAnswers: z.boolean() })
    .default({ include: false, itemAnswers: false }),
  /**
   * My medications: on page 1 those started, stopped or changed in the last 30 days and how often
   * each was taken on time; a part with the list, its changes, adherence by week and side effects.
   * Absent in choices kept by an older Waypoint (out).
   */
  medications: z.boolean().default(false),
  /**
   * My substance use by day: on page 1 days used and amounts against the 30 days before, and a
   * calendar by week. Absent in choices kept by an older Waypoint (out).
   */
  substanceUse: z.boolean().default(false),
  /** Check-in notes are private journal writing: they go in only when asked for. */
  journalNotes: z.boolean(),
  /**
   * The safety plan's most personal steps, my reasons for living and how I make my surroundings
   * safer: in, or "not shared in this copy". Absent in choices kept by an older Waypoint (in).
   */
  safetyPlanPersonalSteps: z.boolean().default(true),
  changesSinceReview: z.boolean(),
  /** "Questions and topics for my next session"; empty leaves the page out. */
  questions: noteText,
  safetyPlanFirst: z.boolean(),
  paper: z.enum(paperSizes),
});

export type ReportChoices = z.infer<typeof reportChoicesSchema>;

/**
 * The choices kept in the vault between visits to the Export screen (everything but the day),
 * questions for the session included, until the person changes or clears them.
 */
export const rememberedChoicesSchema = reportChoicesSchema.omit({ today: true });
export type RememberedChoices = z.infer<typeof rememberedChoicesSchema>;

/** What a preset sets; the rest (range, measures, questions, name, paper) stays as the person left it. */
export type AudienceDefaults = Pick<
  RememberedChoices,
  | 'planAreas'
  | 'contactDetails'
  | 'lapses'
  | 'journalNotes'
  | 'changesSinceReview'
  | 'safetyPlanFirst'
  | 'safetyPlanPersonalSteps'
  | 'questionnaires'
  | 'medications'
  | 'substanceUse'
> & {
  progress: Pick<RememberedChoices['progress'], 'include' | 'milestones' | 'whatHelps'> &
    Partial<Pick<RememberedChoices['progress'], 'metrics'>>;
};

/** What a preset looks at besides the audience: whether there is a review, and the measures I track. */
export interface AudienceContext {
  hasReview: boolean;
  /** The measures turned on (besides mood), as the preset charts some of them. */
  tracked: readonly { key: string; builtIn: boolean; kind: 'scale' | 'yes-no' }[];
}

/**
 * The defaults for who the PDF is for. A therapist or counsellor gets the whole plan, what changed
 * and what helps, with cravings charted when I track them; a doctor the parts that bear on care; a
 * physiotherapist pain and my own measures (of function, like a knee's bend), the setback plan for
 * a flare-up with its red flags; a sponsor or peer the day-to-day parts with no one's phone number;
 * family the supportive parts, with lapses left out. The safety plan's most personal steps (reasons
 * for living, safer surroundings) go to clinicians, and to a sponsor or family only when I choose.
 * Contact details print only in the safety plan unless a preset says otherwise, and check-in notes
 * never by default. Medications go to the clinicians who prescribe or work with them (therapist,
 * doctor, physiotherapist); use by day to a therapist or counsellor, a doctor and a sponsor, never
 * to family unless I choose it.
 */
export function audienceDefaults(audience: ReportAudience, context: AudienceContext): AudienceDefaults {
  const common = {
    journalNotes: false,
    safetyPlanFirst: false,
    changesSinceReview: false,
    // Questionnaire results go to clinicians who use them; to no one else unless I choose.
    questionnaires: { include: false, itemAnswers: false },
  };
  const withQuestionnaires = { include: true, itemAnswers: false };
  const tracks = (key: string) => context.tracked.some((metric) => metric.key === key);
  switch (audience) {
    case 'therapist':
      return {
        ...common,
        planAreas: [...planAreas],
        contactDetails: 'safetyPlan',
        lapses: true,
        changesSinceReview: context.hasReview,
        safetyPlanPersonalSteps: true,
        questionnaires: withQuestionnaires,
        medications: true,
        substanceUse: true,
        progress: {
          include: true,
          milestones: true,
          whatHelps: true,
          ...(tracks('cravings') ? { metrics: ['cravings'] } : {}),
        },
      };
    case 'doctor':
      return {
        ...common,
        planAreas: ['about', 'goals', 'copingStrategies', 'warningSigns', 'safetyPlan', 'careTeam'],
        contactDetails: 'safetyPlan',
        lapses: true,
        safetyPlanPersonalSteps: true,
        questionnaires: withQuestionnaires,
        medications: true,
        substanceUse: true,
        progress: { include: true, milestones: false, whatHelps: false },
      };
    case 'physio':
      return {
        ...common,
        planAreas: ['about', 'goals', 'copingStrategies', 'warningSigns', 'setbackPlan', 'selfCare', 'careTeam'],
        contactDetails: 'safetyPlan',
        lapses: true,
        safetyPlanPersonalSteps: true,
        medications: true,
        substanceUse: false,
        progress: {
          include: true,
          milestones: true,
          whatHelps: true,
          metrics: [
            'pain',
            ...context.tracked
              .filter((metric) => !metric.builtIn && metric.kind === 'scale')
              .map((metric) => metric.key),
          ].slice(0, maxExtraCharts),
        },
      };
    case 'sponsor':
      return {
        ...common,
        planAreas: ['goals', 'copingStrategies', 'triggers', 'warningSigns', 'setbackPlan', 'safetyPlan'],
        contactDetails: 'none',
        lapses: true,
        safetyPlanPersonalSteps: false,
        medications: false,
        substanceUse: true,
        progress: {
          include: true,
          milestones: true,
          whatHelps: true,
          ...(tracks('cravings') ? { metrics: ['cravings'] } : {}),
        },
      };
    case 'family':
      return {
        ...common,
        planAreas: ['about', 'goals', 'supportNetwork', 'copingStrategies', 'warningSigns', 'safetyPlan', 'selfCare'],
        contactDetails: 'safetyPlan',
        lapses: false,
        safetyPlanPersonalSteps: false,
        medications: false,
        substanceUse: false,
        // Mood only: a chart of cravings could let a lapse left out be read off its peaks.
        progress: { include: true, milestones: true, whatHelps: false, metrics: [] },
      };
  }
}

/** The choices with `audience`'s defaults applied over them. */
export function withAudience<T extends RememberedChoices>(
  choices: T,
  audience: ReportAudience,
  context: AudienceContext,
): T {
  const defaults = audienceDefaults(audience, context);
  return { ...choices, ...defaults, audience, progress: { ...choices.progress, ...defaults.progress } };
}

/** Whether the choices need a range of days: progress, notes, questionnaires, medications or use. */
export const needsRange = (choices: Omit<RememberedChoices, 'audience'>): boolean =>
  choices.progress.include ||
  choices.journalNotes ||
  choices.questionnaires.include ||
  choices.medications ||
  choices.substanceUse;

/** The parts of the document, in the order they are printed. */
export const reportPartOrder = [
  'title',
  'safetyPlan',
  'questions',
  'changes',
  'plan',
  'progress',
  'medications',
  'substanceUse',
  'questionnaires',
  'journalNotes',
] as const;
export type ReportPart = (typeof reportPartOrder)[number];

const presetMonths: Record<'3-months' | '6-months', number> = { '3-months': 3, '6-months': 6 };

/**
 * The days the progress pages cover. "Since last review" starts on the day of the latest review
 * (null when there has been none); custom ranges are taken as given.
 */
export function reportRange(choices: ReportChoices, lastReviewOn: string | null): DayRange | null {
  const { today } = choices;
  const { range, custom } = choices.progress;
  switch (range) {
    case '30-days':
      return { from: addDays(today, -29), to: today };
    case '3-months':
    case '6-months':
      return { from: addDays(addMonths(today, -presetMonths[range]), 1), to: today };
    case 'since-review':
      return lastReviewOn === null ? null : { from: lastReviewOn < today ? lastReviewOn : today, to: today };
    case 'custom':
      return custom;
  }
}

/** The plan areas in the app's order; the safety plan moves to its own first page when asked. */
export function orderedPlanAreas(choices: ReportChoices): PlanArea[] {
  const chosen = new Set(choices.planAreas);
  return planAreas.filter((area) => chosen.has(area) && !(area === 'safetyPlan' && choices.safetyPlanFirst));
}

/** The default file name in the save dialog: `waypoint-plan-2026-11-20.pdf`. */
export function reportFileName(today: string): string {
  return `waypoint-plan-${today}.pdf`;
}
