import type { ReportChoices } from '../../shared/pdf-export/report-choices';

/**
 * Report choices for tests: a short therapist report of the last 30 days with nothing optional,
 * so that each test names only what it turns on.
 */
export function reportChoices(today: string, overrides: Partial<ReportChoices> = {}): ReportChoices {
  return {
    today,
    audience: 'therapist',
    contactDetails: 'safetyPlan',
    lapses: true,
    preparedFor: '',
    identity: { dateOfBirth: null, recordNumber: '' },
    safetyPlanPersonalSteps: true,
    planAreas: ['about'],
    progress: {
      include: false,
      range: '30-days',
      custom: { from: monthStart(today), to: today },
      metrics: [],
      milestones: false,
      whatHelps: false,
    },
    questionnaires: { include: false, itemAnswers: false },
    medications: false,
    substanceUse: false,
    journalNotes: false,
    changesSinceReview: false,
    questions: '',
    safetyPlanFirst: false,
    paper: 'a4',
    ...overrides,
  };
}

/** The first day of `today`'s month: a custom range's start that is always valid. */
function monthStart(today: string): string {
  return `${today.slice(0, 8)}01`;
}
