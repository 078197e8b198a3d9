import { CareEventsPanel } from '../features/care-events/care-events-panel';
import { QuickCheckIn } from '../features/check-ins/quick-check-in';
import { CrisisPanel } from '../features/crisis/crisis-panel';
import { WarningSignsCards } from '../features/crisis/warning-signs-card';
import { AdherencePanel } from '../features/medications/adherence-panel';
import { MedicationsPage } from '../features/medications/medications-page';
import { MedicationsPrint } from '../features/medications/medications-print';
import { TodayDoses } from '../features/medications/day-doses';
import { DosesAsPlanned } from '../features/medications/doses-as-planned';
import { MilestoneMark } from '../features/milestones/milestone-mark';
import { MilestonesPanel } from '../features/milestones/milestones-panel';
import { GoalProgressPrint } from '../features/plan/goal-progress-print';
import { areaTitle, PlanAreaPrint, PlanChangesPrint } from '../features/plan/plan-print';
import { PatternFrequencyPrint } from '../features/progress/pattern-frequency-print';
import { progressPrintContents, ProgressPrint } from '../features/progress/progress-print';
import { SubstanceUsePage } from '../features/substance-use/substance-use-page';
import { UsePrint } from '../features/substance-use/use-print';
import { ReminderOffer } from '../features/reminders/reminder-offer';
import type { Slots } from '../lib/slots';

/**
 * Which feature fills each slot: the one place where a feature's widget is shown inside another's
 * screen (see `lib/slots.tsx`). The features themselves never import each other.
 */
export const featureSlots: Slots = {
  ReminderOffer,
  CrisisPanel,
  WarningSignsCards,
  QuickCheckIn,
  TodayDoses,
  DosesAsPlanned,
  extraPlanPages: [
    { path: 'medications', title: 'Medications', Page: MedicationsPage },
    { path: 'substance-use', title: 'Substance use', Page: SubstanceUsePage },
  ],
  CareEventsPanel,
  AdherencePanel,
  MilestoneMark,
  MilestonesPanel,
  reportParts: {
    PlanAreaPrint,
    PlanChangesPrint,
    GoalProgressPrint,
    ProgressPrint,
    PatternFrequencyPrint,
    MedicationsPrint,
    UsePrint,
    areaTitle,
    progressPrintContents,
  },
};
