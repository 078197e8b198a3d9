import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { DatedEvent } from '../../shared/care-events/care-event';
import type { CheckIn, DayRange } from '../../shared/check-ins/check-in';
import type { MilestonesView } from '../../shared/milestones/milestone';
import type { ReportGoal, ReportMedications, ReportProgress, ReportUse } from '../../shared/pdf-export/report-data';
import type { SessionSnapshot } from '../../shared/pdf-export/session-snapshot';
import type { PlanArea, PlanDiff } from '../../shared/plan/plan-diff';
import type { PlanDocument } from '../../shared/plan/plan-document';

/** A line of the PDF's contents: a part or a block in it, by its anchor, with what it holds. */
export interface ContentsEntry {
  id: string;
  title: string;
  entries?: ContentsEntry[];
}

/** What the plan and progress features typeset for the PDF, brought together by the PDF document. */
export interface ReportParts {
  PlanAreaPrint: ComponentType<{ area: PlanArea; plan: PlanDocument; heading?: boolean }>;
  PlanChangesPrint: ComponentType<{
    since: string;
    notes: { working: string; notWorking: string; changes: string };
    diff: PlanDiff;
    plan: PlanDocument;
  }>;
  GoalProgressPrint: ComponentType<{ goals: readonly ReportGoal[]; setbackWord: string }>;
  ProgressPrint: ComponentType<{ progress: ReportProgress; rangeText: string }>;
  PatternFrequencyPrint: ComponentType<{ frequency: SessionSnapshot['frequency'] }>;
  MedicationsPrint: ComponentType<{ medications: ReportMedications; rangeText: string }>;
  UsePrint: ComponentType<{ use: ReportUse }>;
  /** A plan area's title, as its page and the contents say it. */
  areaTitle(area: PlanArea): string;
  /** The blocks of the progress part, for the contents. */
  progressPrintContents(progress: ReportProgress, withPatterns: boolean): ContentsEntry[];
}

/**
 * Widgets one feature shows inside another's screen. Features never import each other: a screen
 * asks for the widget by its slot here, and `app/` fills every slot with the feature that owns it.
 */
export interface Slots {
  /** After a check-in: an offer to be reminded daily (reminders). */
  ReminderOffer: ComponentType;
  /**
   * After a check-in that noted a crisis-stage sign, or a questionnaire answer that calls for it: my
   * plan for that moment (crisis). `title` and `intro` say why it shows, when not a crisis sign.
   */
  CrisisPanel: ComponentType<{ plan: PlanDocument; onClose?: () => void; title?: string; intro?: string }>;
  /** Warning signs building up over the last days, and the day after a crisis sign (crisis). */
  WarningSignsCards: ComponentType<{
    checkIns: readonly CheckIn[];
    plan: PlanDocument;
    today: string;
    onCheckInNow(): void;
  }>;
  /** A check-in in two steps, mood and a line (check-ins). `onSaved` gets the sentence to show. */
  QuickCheckIn: ComponentType<{ onSaved(message: string): void }>;
  /** Today's doses to answer, and as-needed medicines (medications); nothing when I take none. */
  TodayDoses: ComponentType;
  /**
   * In the quick check-in: "I took my medicines as planned" (medications); nothing when no dose is
   * waiting. Its button carries `data-quick-key`, the letter that presses it from the mood.
   */
  DosesAsPlanned: ComponentType;
  /** Pages of the Plan area that other features own: Medications, Substance use. */
  extraPlanPages: readonly { path: string; title: string; Page: ComponentType }[];
  /** On Progress: each medication's doses taken on time over the range, by week (medications). */
  AdherencePanel: ComponentType<{ range: DayRange; rangeText: string }>;
  /** Progress's events of the range, to add and change, with my medication changes (care events). */
  CareEventsPanel: ComponentType<{ events: readonly DatedEvent[]; rangeText: string; today: string }>;
  /** A milestone reached, to mark once (milestones). */
  MilestoneMark: ComponentType<{ view: MilestonesView }>;
  /** Every count and milestone, and my own to add (milestones). */
  MilestonesPanel: ComponentType<{ view: MilestonesView; goals: PlanDocument['goals'] }>;
  /** The parts of the PDF other features typeset (plan, progress, medications, substance use). */
  reportParts: ReportParts;
}

const SlotsContext = createContext<Slots | undefined>(undefined);

export function SlotsProvider({ slots, children }: { slots: Slots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

/** The widgets `app/` put in the slots: shown as `<slots.QuickCheckIn … />`. */
export function useSlots(): Slots {
  const slots = useContext(SlotsContext);
  if (!slots) throw new Error('useSlots needs a SlotsProvider above it (app/ fills the slots).');
  return slots;
}
