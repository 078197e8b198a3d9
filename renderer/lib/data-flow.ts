import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';

/**
 * How data flows in the renderer, in one table. Every channel is either a query (it only reads, so
 * its answers are cached by channel and input, and shared by every screen that asks) or a change.
 * For each change: which queries its success makes stale (they are asked again where they are on
 * screen), and which query its answer replaces outright (the plan's channels answer with the whole
 * plan, so the plan is not asked for again). `everything` marks a change after which nothing read
 * before can be trusted: a restore, another version of the file.
 *
 * A channel in neither list, or a change named in both, is a compile error.
 */
export const queryChannels = [
  'vault.status',
  'vault.backupFailure',
  'vault.recoveryKey',
  'vault.recoveryKeyPage',
  'vault.backups',
  'vault.backupElsewhere',
  'settings.get',
  'reminders.get',
  'lockScreen.safetyPlan',
  'lockScreen.safetyPlanChoice',
  'lockedCheckIns.status',
  'lockedCheckIns.choice',
  'lockedCheckIns.review',
  'plan.get',
  'plan.compare',
  'checkIns.list',
  'checkIns.span',
  'checkIns.search',
  'metrics.list',
  'progress.get',
  'progress.calendar',
  'milestones.get',
  'questionnaires.get',
  'medications.get',
  'medications.adherence',
  'substanceUse.get',
  'careEvents.get',
  'drafts.list',
  'pdfExport.preview',
  'pdfExport.printJob',
  'pdfExport.pages',
  'pdfExport.rememberedChoices',
  'checkInImport.sample',
  'checkInImport.list',
] as const satisfies readonly InvokeChannel[];

export type QueryChannel = (typeof queryChannels)[number];

/**
 * Answers main can change on its own, with no change from a screen: a backup made or failed, a
 * drive unplugged, the tray's "keep running", the lock-screen copy. They are asked for again each
 * time a screen showing them opens; every other answer is kept until a change makes it stale.
 */
export const changedInMain = [
  'vault.status',
  'vault.backupFailure',
  'vault.backups',
  'vault.backupElsewhere',
  'reminders.get',
  'lockScreen.safetyPlan',
  'lockedCheckIns.status',
] as const satisfies readonly QueryChannel[];

/** What the screens shown while locked read: the only answers kept when a session ends. */
export const lockedQueries = [
  'vault.status',
  'lockScreen.safetyPlan',
  'lockedCheckIns.status',
] as const satisfies readonly QueryChannel[];
export type ChangeChannel = Exclude<InvokeChannel, QueryChannel>;

/** Queries asked with no input: their one answer can be replaced by a change's. */
export type WholeQuery = {
  [Q in QueryChannel]: Record<string, never> extends ChannelInput<Q> ? Q : never;
}[QueryChannel];

export interface ChangeEffect {
  /** Queries asked again after the change: their answers may differ now. */
  readonly invalidates: readonly QueryChannel[] | 'everything';
  /** The query (asked with no input) whose answer the change's own answer replaces. */
  readonly answers?: WholeQuery;
}

/** What a day's check-ins feed: the lists, the charts, the counts and the PDF. */
const checkInsFeed = [
  'checkIns.list',
  'checkIns.span',
  'checkIns.search',
  'progress.get',
  'progress.calendar',
  'milestones.get',
  'pdfExport.preview',
  'pdfExport.pages',
] as const satisfies readonly QueryChannel[];

/** What the plan feeds besides itself: names in check-ins, goals on Progress, the lock-screen copy. */
const planFeed = [
  'plan.compare',
  'checkIns.list',
  'progress.get',
  'milestones.get',
  'lockScreen.safetyPlan',
  'pdfExport.preview',
  'pdfExport.pages',
] as const satisfies readonly QueryChannel[];

const nothing = [] as const;
const keys = ['vault.recoveryKey', 'vault.backups'] as const satisfies readonly QueryChannel[];
const session = { answers: 'vault.status', invalidates: 'everything' } as const satisfies ChangeEffect;
const planChange = { answers: 'plan.get', invalidates: planFeed } as const satisfies ChangeEffect;
const measureChange = {
  answers: 'metrics.list',
  invalidates: ['plan.get', ...checkInsFeed],
} as const satisfies ChangeEffect;
const milestoneChange = {
  invalidates: ['milestones.get', 'progress.get', 'pdfExport.preview', 'pdfExport.pages'],
} as const satisfies ChangeEffect;
const importChange = {
  invalidates: ['checkInImport.list', 'plan.get', 'metrics.list', ...checkInsFeed],
} as const satisfies ChangeEffect;

/** A medication or a dose changes the medication views of every day. */
const medicationChange = {
  invalidates: ['medications.get', 'medications.adherence', 'careEvents.get', 'progress.get'],
} as const satisfies ChangeEffect;

/** Events are marked on the charts and listed in the PDF. */
const careEventChange = {
  invalidates: ['careEvents.get', 'progress.get', 'pdfExport.preview', 'pdfExport.pages'],
} as const satisfies ChangeEffect;

/** Use and its goals decide which days are lapses: the counts, the charts and the PDF follow. */
const useChange = {
  invalidates: [
    'substanceUse.get',
    'progress.get',
    'progress.calendar',
    'milestones.get',
    'pdfExport.preview',
    'pdfExport.pages',
  ],
} as const satisfies ChangeEffect;

/** The questionnaire channels answer with the whole view. */
const questionnaireChange = { answers: 'questionnaires.get', invalidates: nothing } as const satisfies ChangeEffect;

export const changeEffects = {
  // Opening and locking replace the whole session: the gate starts every screen afresh. A new vault
  // first offers its recovery key: the gate takes its state when the person goes on.
  'vault.create': { invalidates: nothing },
  'vault.unlock': session,
  'vault.unlockWithRecoveryKey': session,
  'vault.lock': session,
  'vault.restoreNewestBackup': session,
  'vault.chooseFile': { invalidates: nothing },
  'vault.openChosenFile': session,
  'vault.restoreBackup': { invalidates: 'everything' },
  'vault.resolveConflict': { invalidates: 'everything' },
  'vault.changePassphrase': { invalidates: keys },
  'vault.makeRecoveryKey': { invalidates: nothing },
  'vault.confirmRecoveryKey': { invalidates: keys },
  'vault.cancelRecoveryKey': { invalidates: keys },
  'vault.removeRecoveryKey': { invalidates: keys },
  'vault.saveRecoveryKeyPage': { invalidates: nothing },
  'vault.removeBackup': { invalidates: ['vault.backups'] },
  'vault.chooseBackupElsewhere': { answers: 'vault.backupElsewhere', invalidates: nothing },
  'vault.stopBackupElsewhere': { answers: 'vault.backupElsewhere', invalidates: nothing },
  // The day boundary moves check-ins between days (and when a questionnaire or a dose is due); the paper size
  // changes the PDF; the sex for thresholds changes an AUDIT-C band.
  'settings.update': {
    answers: 'settings.get',
    invalidates: [
      ...checkInsFeed,
      'questionnaires.get',
      'medications.get',
      'medications.adherence',
      'substanceUse.get',
    ],
  },
  'session.activity': { invalidates: nothing },
  'session.readyToLock': { invalidates: nothing },
  'reminders.update': { answers: 'reminders.get', invalidates: nothing },
  'lockScreen.chooseSafetyPlan': { answers: 'lockScreen.safetyPlanChoice', invalidates: ['lockScreen.safetyPlan'] },
  'lockedCheckIns.add': { answers: 'lockedCheckIns.status', invalidates: nothing },
  'lockedCheckIns.choose': { answers: 'lockedCheckIns.choice', invalidates: ['lockedCheckIns.status'] },
  // A check-in kept is a check-in like any other.
  'lockedCheckIns.decide': { answers: 'lockedCheckIns.review', invalidates: checkInsFeed },
  'lockedCheckIns.dismissNotices': { answers: 'lockedCheckIns.review', invalidates: nothing },
  'plan.start': planChange,
  'plan.updateSection': planChange,
  'plan.addEntry': planChange,
  'plan.updateEntry': planChange,
  'plan.moveEntry': planChange,
  'plan.deleteEntry': planChange,
  'plan.undoDelete': planChange,
  'plan.restoreArchived': planChange,
  'plan.recordReview': planChange,
  'plan.updateReview': planChange,
  'plan.deleteReview': planChange,
  'plan.undoDeleteReview': planChange,
  'checkIns.add': { invalidates: checkInsFeed },
  'checkIns.update': { invalidates: checkInsFeed },
  'checkIns.delete': { invalidates: checkInsFeed },
  'checkIns.undoDelete': { invalidates: checkInsFeed },
  'metrics.setEnabled': measureChange,
  'metrics.addCustom': measureChange,
  'metrics.updateCustom': measureChange,
  'metrics.deleteCustom': measureChange,
  'milestones.add': milestoneChange,
  'milestones.update': milestoneChange,
  'milestones.delete': milestoneChange,
  'milestones.mark': milestoneChange,
  'questionnaires.answer': questionnaireChange,
  'questionnaires.delete': questionnaireChange,
  'questionnaires.schedule': questionnaireChange,
  'medications.add': medicationChange,
  'medications.edit': medicationChange,
  'medications.change': medicationChange,
  'medications.stop': medicationChange,
  'medications.recordDose': medicationChange,
  'medications.deleteDoses': medicationChange,
  'medications.takeAsPlanned': medicationChange,
  'medications.setSideEffect': medicationChange,
  'medications.clearSideEffect': medicationChange,
  'careEvents.add': careEventChange,
  'careEvents.edit': careEventChange,
  'careEvents.delete': careEventChange,
  'substanceUse.add': useChange,
  'substanceUse.edit': useChange,
  'substanceUse.setDays': useChange,
  // Drafts are read once at unlock, by the drafts store, and never shown from the cache.
  'drafts.keep': { invalidates: nothing },
  'drafts.drop': { invalidates: nothing },
  'pdfExport.save': { invalidates: nothing },
  // The screen holds its choices; it asks for them afresh at its next visit (see pdf-export/api.ts).
  'pdfExport.rememberChoices': { invalidates: nothing },
  'checkInImport.chooseFile': { invalidates: ['checkInImport.sample'] },
  'checkInImport.run': importChange,
  'checkInImport.forget': { invalidates: nothing },
  'checkInImport.remove': importChange,
} as const satisfies Record<ChangeChannel, ChangeEffect>;

/** Each change that `answers` a query answers with that query's type; a mismatch names itself here. */
type MismatchedAnswers = {
  [C in ChangeChannel]: (typeof changeEffects)[C] extends { answers: infer A extends QueryChannel }
    ? ChannelOutput<C> extends ChannelOutput<A>
      ? never
      : C
    : never;
}[ChangeChannel];
export const answersFit: [MismatchedAnswers] extends [never] ? true : MismatchedAnswers = true;
