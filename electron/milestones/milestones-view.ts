import { buildMilestonesView, type MilestonesView } from '../../shared/milestones/milestone';
import { setbackWord } from '../../shared/plan/plan-sections';
import { readLapseDays } from './lapse-days';
import type { ReadableDatabase } from '../database/sqlite';
import { readPlanSections, readPlanStartedOn } from '../plan/plan-repository';
import { readMilestoneMarks, readMilestones } from './milestone-repository';

/** Counters, automatic milestones and the person's own, as of `today` (a check-in day). */
export function readMilestonesView(db: ReadableDatabase, today: string): MilestonesView {
  const { about } = readPlanSections(db);
  return buildMilestonesView({
    startDate: about.startDate,
    cleanDate: about.cleanDate,
    countedAs: about.countedAs,
    setbackWord: setbackWord(about),
    planStartedOn: readPlanStartedOn(db),
    lapseDays: readLapseDays(db),
    own: readMilestones(db),
    marks: readMilestoneMarks(db),
    today,
  });
}
