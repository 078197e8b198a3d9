import {
  lockedCheckInFieldsSchema,
  type LockedCheckInReview,
  type LockedCheckInStatus,
} from '../check-ins/locked-check-in';
import type { ReadableSafetyPlan } from '../plan/safety-plan';
import { importChoicesSchema } from '../check-in-import/import-plan';
import type {
  ChosenImportFile,
  ImportListing,
  ImportSummary,
  RemovedImport,
  SampleCheckIn,
} from '../check-in-import/import-record';
import { z } from 'zod';
import { noteSearchSchema, type NoteSearchResult } from '../check-ins/check-in-search';
import {
  addMedicationSchema,
  adherenceRangeSchema,
  changeMedicationSchema,
  clearSideEffectSchema,
  deleteDosesSchema,
  editMedicationSchema,
  medicationsDaySchema,
  recordDoseSchema,
  sideEffectSchema,
  stopMedicationSchema,
  takeAsPlannedSchema,
  type AdherenceView,
  type MedicationsView,
  type SideEffect,
  type TakenAsPlanned,
} from '../medications/medication-requests';
import type { EventChannel, InvokeChannel } from './channel-names';
import type { Substance } from '../substance-use/substance-use';
import {
  addCareEventSchema,
  careEventsRangeSchema,
  deleteCareEventSchema,
  editCareEventSchema,
  type CareEventFields,
  type DatedEvent,
} from '../care-events/care-event';
import {
  addSubstanceSchema,
  editSubstanceSchema,
  setUseDaysSchema,
  substanceUseRangeSchema,
  type SubstanceUseView,
} from '../substance-use/substance-use-requests';
import {
  checkInFieldsSchema,
  checkInUpdateSchema,
  dayRangeSchema,
  type CheckIn,
  type CheckInSpan,
} from '../check-ins/check-in';
import { markMilestoneSchema, milestoneFieldsSchema, type MilestonesView } from '../milestones/milestone';
import { customMetricSchema, type TrackedMetric } from '../metrics/custom-metric';
import { metricKey } from '../metrics/metric-key';
import type { PlanDiff } from '../plan/plan-diff';
import {
  comparePlansSchema,
  entryUpdateSchema,
  moveEntrySchema,
  newEntrySchema,
  sectionUpdateSchema,
  startPlanSchema,
} from '../plan/plan-requests';
import { reviewUpdateSchema, writtenReviewSchema } from '../plan/plan-review';
import { calendarDate, entryId } from '../plan/plan-text';
import type { PlanView } from '../plan/plan-view';
import { calendarRequestSchema, progressRequestSchema, type ProgressView } from '../progress/progress-days';
import { dropDraftSchema, keepDraftSchema, type FormDrafts } from '../drafts/form-draft';
import {
  reminderPreferencesSchema,
  type ReminderPreferences,
  type ReminderTarget,
} from '../reminders/reminder-preferences';
import { rememberedChoicesSchema, reportChoicesSchema, type RememberedChoices } from '../pdf-export/report-choices';
import type { ReportData, ReportPages, SavedReport } from '../pdf-export/report-data';
import {
  completedAnswersSchema,
  deleteResponseSchema,
  scheduleQuestionnaireSchema,
  type QuestionnairesView,
} from '../questionnaires/questionnaire-response';
import { settingsSchema, type Settings } from '../settings/settings';
import { passphraseSchema } from '../vault/passphrase-rules';
import type {
  BackupElsewhereStatus,
  BackupFailure,
  BackupSummary,
  KeyChangeOutcome,
  LockReason,
  VaultStatus,
} from '../vault/vault-status';

/** A channel pairs the schema main parses its input with and the type it answers with. */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Type-level only: never read at run time. */
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}

const noInput = z.strictObject({});

/** A backup's file name, as the backups list gives it: never a path. */
const backupName = z
  .string()
  .regex(/^[^/\\]+\.vault$/, 'That is not the name of a backup.')
  .max(255);

export const ipcContract = {
  'vault.status': channel<VaultStatus>()(noInput),
  'vault.create': channel<VaultStatus>()(z.strictObject({ passphrase: passphraseSchema })),
  // Unlock accepts any non-empty passphrase up to the cap: an old vault may predate today's rules.
  // `openAnyway`: the person chose to replace a lock whose holder cannot be confirmed running.
  'vault.unlock': channel<VaultStatus>()(
    z.strictObject({
      passphrase: z.string().min(1, 'Enter your passphrase.').max(1024),
      openAnyway: z.literal(true).optional(),
    }),
  ),
  'vault.lock': channel<VaultStatus>()(noInput),
  /** Why the last daily backup failed, while it stays failed; null when backups are fine or locked. */
  'vault.backupFailure': channel<BackupFailure | null>()(noInput),
  /** A new passphrase and data key; the answer says what opens the vault afterwards. */
  'vault.changePassphrase': channel<KeyChangeOutcome>()(
    z.strictObject({
      current: z.string().min(1, 'Enter your current passphrase.').max(1024),
      next: passphraseSchema,
    }),
  ),
  /** Opens with the recovery key and sets a new passphrase at once (the recovery key keeps working). */
  'vault.unlockWithRecoveryKey': channel<VaultStatus>()(
    z.strictObject({
      recoveryKey: z.string().min(1, 'Enter your recovery key.').max(200),
      nextPassphrase: passphraseSchema,
      openAnyway: z.literal(true).optional(),
    }),
  ),
  /** For a vault file that does not open: restores the newest backup this passphrase opens. */
  'vault.restoreNewestBackup': channel<VaultStatus>()(
    z.strictObject({ passphrase: z.string().min(1, 'Enter your passphrase.').max(1024) }),
  ),
  /** First run: the system's open dialog for a vault file (a backup copy); its name, or null when cancelled. */
  'vault.chooseFile': channel<{ fileName: string } | null>()(noInput),
  /** Copies the chosen vault file in as this computer's vault, once its passphrase opens it. */
  'vault.openChosenFile': channel<VaultStatus>()(
    z.strictObject({ passphrase: z.string().min(1, 'Enter the passphrase for that vault.').max(1024) }),
  ),
  'vault.recoveryKey': channel<{ exists: boolean }>()(noInput),
  /** After checking the passphrase: a new recovery key to show once. Nothing changes until it is confirmed. */
  'vault.makeRecoveryKey': channel<{ recoveryKey: string }>()(
    z.strictObject({ passphrase: z.string().min(1, 'Enter your passphrase.').max(1024) }),
  ),
  /** The key shown, typed back: the vault now opens with it, and an older one stops working. */
  'vault.confirmRecoveryKey': channel<KeyChangeOutcome>()(
    z.strictObject({ typed: z.string().min(1, 'Type your recovery key.').max(200) }),
  ),
  'vault.cancelRecoveryKey': channel<null>()(noInput),
  /** Saves a page with the recovery key being shown, and nothing else, as a PDF where the person chooses. */
  'vault.saveRecoveryKeyPage': channel<{ saved: false } | { saved: true; fileName: string }>()(noInput),
  /** The print view's request for that page. */
  'vault.recoveryKeyPage': channel<{ recoveryKey: string; madeOn: string }>()(z.strictObject({ id: entryId })),
  /** New keys without a recovery slot (a recovery key shown and not typed back is withdrawn too). */
  'vault.removeRecoveryKey': channel<KeyChangeOutcome>()(
    z.strictObject({ passphrase: z.string().min(1, 'Enter your passphrase.').max(1024) }),
  ),
  'vault.backups': channel<BackupSummary[]>()(noInput),
  /** Keeps the vault as it is now as a backup, then restores the named one. */
  'vault.restoreBackup': channel<{ safetyCopy: string }>()(z.strictObject({ name: backupName })),
  /**
   * Removes a backup that no longer opens with the vault's key (damaged, or left under an earlier
   * passphrase), once the person has read why and chosen to; a backup that opens is never removed.
   */
  'vault.removeBackup': channel<null>()(z.strictObject({ name: backupName })),
  /**
   * After another program changed the vault file: which version stays the vault (`mine`, the one
   * open here, or the `other`); the other is kept as a backup. `locked`: the other version opens
   * with another passphrase, so Waypoint locked to open it with that one.
   */
  'vault.resolveConflict': channel<{ keptCopy: string; locked: boolean }>()(
    z.strictObject({ keep: z.enum(['mine', 'other']) }),
  ),
  'vault.backupElsewhere': channel<BackupElsewhereStatus>()(noInput),
  /** The system's folder dialog, then a first copy there; null status fields when cancelled. */
  'vault.chooseBackupElsewhere': channel<BackupElsewhereStatus>()(noInput),
  'vault.stopBackupElsewhere': channel<BackupElsewhereStatus>()(noInput),
  'settings.get': channel<Settings>()(noInput),
  'settings.update': channel<Settings>()(settingsSchema.partial().strict()),
  'session.activity': channel<null>()(noInput),
  /** The answer to `vault.locking`: every form's pending draft and change has been sent. */
  'session.readyToLock': channel<null>()(z.strictObject({ id: z.string().max(64) })),
  /** Reminder times and switches; they live beside the vault, so they work while it is locked. */
  'reminders.get': channel<ReminderPreferences>()(noInput),
  'reminders.update': channel<ReminderPreferences>()(
    reminderPreferencesSchema.omit({ safetyPlanOnLockScreen: true, checkInWhileLocked: true }).partial().strict(),
  ),
  /** The safety plan kept beside the vault for the lock screen; null when there is none or the choice is off. */
  'lockScreen.safetyPlan': channel<ReadableSafetyPlan | null>()(noInput),
  /** Whether I chose to show my safety plan on the lock screen (kept beside the vault, readable while locked). */
  'lockScreen.safetyPlanChoice': channel<{ shown: boolean }>()(noInput),
  /** Shows my safety plan on the lock screen, or not: the copy beside the vault is written or deleted at once. */
  'lockScreen.chooseSafetyPlan': channel<{ shown: boolean }>()(z.strictObject({ shown: z.boolean() })),
  /** Whether the lock screen can take a check-in without the passphrase, and how many wait for the unlock. */
  'lockedCheckIns.status': channel<LockedCheckInStatus>()(noInput),
  /** While locked: a mood and a line, sealed at once beside the vault until the next unlock. */
  'lockedCheckIns.add': channel<LockedCheckInStatus>()(lockedCheckInFieldsSchema),
  'lockedCheckIns.choice': channel<{ on: boolean }>()(noInput),
  /** Lets me check in while locked, or not: the key beside the vault is written or deleted at once. */
  'lockedCheckIns.choose': channel<{ on: boolean }>()(z.strictObject({ on: z.boolean() })),
  /** After an unlock: the check-ins written while locked that wait for me to keep or discard them. */
  'lockedCheckIns.review': channel<LockedCheckInReview>()(noInput),
  'lockedCheckIns.decide': channel<LockedCheckInReview>()(
    z.strictObject({ id: z.string().regex(/^[0-9a-f]{32}$/), keep: z.boolean() }),
  ),
  'lockedCheckIns.dismissNotices': channel<LockedCheckInReview>()(noInput),
  'plan.get': channel<PlanView>()(noInput),
  /** Marks the plan started and adds a template's suggestions (none for the blank template). */
  'plan.start': channel<PlanView>()(startPlanSchema),
  'plan.updateSection': channel<PlanView>()(sectionUpdateSchema),
  'plan.addEntry': channel<PlanView>()(newEntrySchema),
  'plan.updateEntry': channel<PlanView>()(entryUpdateSchema),
  'plan.moveEntry': channel<PlanView>()(moveEntrySchema),
  'plan.deleteEntry': channel<PlanView>()(z.strictObject({ id: entryId })),
  'plan.undoDelete': channel<PlanView>()(noInput),
  /** Puts an archived entry back at the end of its list. */
  'plan.restoreArchived': channel<PlanView>()(z.strictObject({ id: entryId })),
  /** Records the review's notes with a snapshot of the plan and moves the next review date on. */
  'plan.recordReview': channel<PlanView>()(writtenReviewSchema),
  /** Changes a review's date and notes; its snapshot stays as it was recorded. */
  'plan.updateReview': channel<PlanView>()(reviewUpdateSchema),
  /** Deletes a review with its snapshot; the last one deleted can be put back until the vault locks. */
  'plan.deleteReview': channel<PlanView>()(z.strictObject({ id: entryId })),
  'plan.undoDeleteReview': channel<PlanView>()(noInput),
  'plan.compare': channel<PlanDiff>()(comparePlansSchema),
  /** Check-ins on the days of a range, newest first. */
  'checkIns.list': channel<CheckIn[]>()(dayRangeSchema),
  /** The first and last check-in days in the vault (nulls with none): where the lists and charts start. */
  'checkIns.span': channel<CheckInSpan>()(noInput),
  'checkIns.add': channel<CheckIn>()(checkInFieldsSchema),
  'checkIns.update': channel<CheckIn>()(checkInUpdateSchema),
  /** Deletes at once; the last delete can be undone until the vault locks. */
  'checkIns.delete': channel<{ day: string }>()(z.strictObject({ id: entryId })),
  'checkIns.undoDelete': channel<CheckIn>()(noInput),
  /** Check-ins whose note has every word (case ignored), newest first, at most 50 and how many more. */
  'checkIns.search': channel<NoteSearchResult>()(noteSearchSchema),
  /** Mood first, then every built-in and custom measure in order, on or off. */
  'metrics.list': channel<TrackedMetric[]>()(noInput),
  'metrics.setEnabled': channel<TrackedMetric[]>()(z.strictObject({ key: metricKey, enabled: z.boolean() })),
  'metrics.addCustom': channel<TrackedMetric[]>()(customMetricSchema),
  'metrics.updateCustom': channel<TrackedMetric[]>()(z.strictObject({ key: metricKey, metric: customMetricSchema })),
  'metrics.deleteCustom': channel<TrackedMetric[]>()(z.strictObject({ key: metricKey })),
  /** A range summarised for the Progress screen, at a resolution that fits the chart's width. */
  'progress.get': channel<ProgressView>()(progressRequestSchema),
  /** A year of mean moods by day. */
  'progress.calendar': channel<{ day: string; mood: number }[]>()(calendarRequestSchema),
  /** `today` is the person's check-in day, worked out where they are (the renderer's clock and zone). */
  'milestones.get': channel<MilestonesView>()(z.strictObject({ today: calendarDate })),
  'milestones.add': channel<MilestonesView>()(z.strictObject({ today: calendarDate, fields: milestoneFieldsSchema })),
  'milestones.update': channel<MilestonesView>()(
    z.strictObject({ today: calendarDate, id: entryId, fields: milestoneFieldsSchema }),
  ),
  'milestones.delete': channel<MilestonesView>()(z.strictObject({ today: calendarDate, id: entryId })),
  /** Marks a reached milestone as seen on the home screen, once, with an optional note. */
  'milestones.mark': channel<MilestonesView>()(markMilestoneSchema),
  /** Every questionnaire with its schedule and latest result, and every response, scored in main. */
  'questionnaires.get': channel<QuestionnairesView>()(noInput),
  /** Saves a complete form; main scores it. Answers with the view and the new response's id. */
  'questionnaires.answer': channel<QuestionnairesView & { answeredId: string }>()(completedAnswersSchema),
  'questionnaires.delete': channel<QuestionnairesView>()(deleteResponseSchema),
  /** How often a form is asked for; `none` stops asking. */
  'questionnaires.schedule': channel<QuestionnairesView>()(scheduleQuestionnaireSchema),
  /** My medications and one day's doses (today when no day is given), worked out in main. */
  'medications.get': channel<MedicationsView>()(medicationsDaySchema),
  'medications.add': channel<MedicationsView>()(addMedicationSchema),
  /** What a medication is (name, purpose, stock…); how it is taken changes by `medications.change`. */
  'medications.edit': channel<MedicationsView>()(editMedicationSchema),
  /** A new dose or schedule from a day on; the earlier versions are kept. */
  'medications.change': channel<MedicationsView>()(changeMedicationSchema),
  'medications.stop': channel<MedicationsView>()(stopMedicationSchema),
  /** A dose taken or skipped, checked against that day's schedule; answers with that day's view. */
  'medications.recordDose': channel<MedicationsView>()(recordDoseSchema),
  /** Undo: forgets what I said about one dose or several; answers with the first one's day. */
  'medications.deleteDoses': channel<MedicationsView>()(deleteDosesSchema),
  /** "I took my medicines as planned": the day's unanswered doses due by now, taken at their times. */
  'medications.takeAsPlanned': channel<TakenAsPlanned>()(takeAsPlannedSchema),
  /** Doses taken on time ÷ doses due, per medication and week, over a range (up to yesterday). */
  'medications.adherence': channel<AdherenceView>()(adherenceRangeSchema),
  /** Notes a side effect for a medication and day (noting it again replaces it); today or before. */
  'medications.setSideEffect': channel<MedicationsView>()(sideEffectSchema),
  /** Answers the side effect as it was, so Undo can note it again. */
  'medications.clearSideEffect': channel<SideEffect>()(clearSideEffectSchema),
  /** The events of a range: the events of care I wrote, and medication changes from the list. */
  'careEvents.get': channel<DatedEvent[]>()(careEventsRangeSchema),
  'careEvents.add': channel<{ id: string }>()(addCareEventSchema),
  'careEvents.edit': channel<null>()(editCareEventSchema),
  /** Answers the event as it was, so Undo can write it again. */
  'careEvents.delete': channel<CareEventFields>()(deleteCareEventSchema),
  /** My substances and the use written from one day to another (at most 400 days). */
  'substanceUse.get': channel<SubstanceUseView>()(substanceUseRangeSchema),
  'substanceUse.add': channel<Substance[]>()(addSubstanceSchema),
  /** A substance's name, unit or goal; the days written stay, and are counted against the new goal. */
  'substanceUse.edit': channel<Substance[]>()(editSubstanceSchema),
  /** Days of the month grid for one substance: an amount writes the day, null clears it. */
  'substanceUse.setDays': channel<null>()(setUseDaysSchema),
  /** Forms left half-written, by form, as kept at the last change. */
  'drafts.list': channel<FormDrafts>()(noInput),
  'drafts.keep': channel<null>()(keepDraftSchema),
  /** Forgets a draft: its form was saved or discarded. */
  'drafts.drop': channel<null>()(dropDraftSchema),
  'pdfExport.preview': channel<ReportData>()(reportChoicesSchema),
  'pdfExport.printJob': channel<ReportData>()(z.strictObject({ id: entryId })),
  'pdfExport.save': channel<SavedReport>()(reportChoicesSchema),
  /** The preview's pages: the document printed as it would be saved, its page count and where each part starts. */
  'pdfExport.pages': channel<ReportPages>()(reportChoicesSchema),
  /** The Export screen's choices as last left, questions included; null before the first visit. */
  'pdfExport.rememberedChoices': channel<RememberedChoices | null>()(noInput),
  'pdfExport.rememberChoices': channel<null>()(rememberedChoicesSchema),
  /** Asks for a Daylio export with the open dialog and reads it: its preview, or null when cancelled. */
  'checkInImport.chooseFile': channel<ChosenImportFile | null>()(noInput),
  /** Five entries of the chosen file as they will be imported under these choices. */
  'checkInImport.sample': channel<{ unmappedMoods: string[]; sample: SampleCheckIn[] }>()(importChoicesSchema),
  /** Imports the chosen file: one transaction, one save. */
  'checkInImport.run': channel<ImportSummary>()(importChoicesSchema),
  /** Forgets the chosen file (the screen closed). */
  'checkInImport.forget': channel<null>()(noInput),
  /** Imports still in the vault, newest first. */
  'checkInImport.list': channel<ImportListing[]>()(noInput),
  'checkInImport.remove': channel<RemovedImport>()(z.strictObject({ id: entryId })),
} satisfies Record<InvokeChannel, ChannelSpec<z.ZodType, unknown>>;

export type IpcContract = typeof ipcContract;
export type ChannelInput<C extends InvokeChannel> = z.infer<IpcContract[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = Exclude<IpcContract[C]['output'], undefined>;

/** Payloads of the events main sends to the renderer. */
export interface EventPayloads {
  /**
   * Main is about to lock (idle, sleep, screen lock, the tray, quit): the window sends what its
   * forms have not sent yet (drafts typed a moment ago), then answers `session.readyToLock` with `id`.
   * Main waits a short while for it, and locks either way.
   */
  'vault.locking': { id: string };
  /** `unsaved`: the latest changes could not be saved; they are kept sealed until the next unlock. */
  'vault.locked': { reason: LockReason; unsaved: { message: string } | null };
  'vault.saved': { savedAt: string };
  /** `conflict`: another program changed the vault file, and the person chooses which version to keep. */
  'vault.saveFailed': { message: string; conflict: boolean };
  /** A reminder was clicked: where to take the person (after unlocking, if locked). */
  'reminders.opened': { target: ReminderTarget };
}

// Indexing fails to compile if a contract event has no payload type.
export type EventPayload<E extends EventChannel> = EventPayloads[E];
