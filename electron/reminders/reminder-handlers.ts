import { defaultDayBoundaryMinutes } from '../../shared/check-ins/check-in-day';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import {
  reminderTargets,
  reminderTexts,
  type ReminderKind,
  type ReminderPreferences,
} from '../../shared/reminders/reminder-preferences';
import { planDueDays, type PlanDueDays } from '../../shared/today/today-items';
import { readRecentCheckInDays } from '../check-ins/check-in-repository';
import type { ReadableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { readPlan } from '../plan/plan-repository';
import { questionnairesDueFrom } from '../questionnaires/questionnaires-view';
import type { Clock } from '../ports/clock';
import type { Host } from '../ports/host';
import type { Ticker } from '../ports/ticker';
import { readSettings } from '../settings/settings-repository';
import { addDays } from '../../shared/dates/calendar-date';
import { checkInToday } from '../check-ins/check-in-today';
import { readUnansweredDoseTimes } from '../medications/medications-view';
import { readMedications } from '../medications/medication-repository';
import { refillsDue } from '../../shared/medications/medication';
import type { VaultWatcher } from '../vault/vault-lifecycle';
import { ReminderPreferencesStore } from './reminder-preferences-store';
import { ReminderScheduler, type DayFacts } from './reminder-scheduler';

export type ReminderChannel = Extract<InvokeChannel, `reminders.${string}`>;

export interface ReminderDependencies {
  host: Pick<Host, 'userDataDir' | 'showNotification' | 'sendEvent' | 'setBackgroundMode'>;
  clock: Clock;
  ticker: Ticker;
  /** The unlocked vault's database, if it is unlocked. */
  openDatabase(): ReadableDatabase | undefined;
}

/** What reminders know of a vault: its day boundary, the days that had a check-in, and what the plan has due. */
interface VaultFacts {
  boundary: number;
  checkedInDays: Set<string>;
  due: PlanDueDays;
  /** The first day a scheduled questionnaire is due from (null when none is scheduled). */
  questionnaireDueFrom: string | null;
  /** The times of scheduled doses not yet answered, by check-in day from yesterday to a week ahead: no names. */
  doseTimes: Map<string, string[]>;
  /** Whether a medicine's counted supply was down to its refill level (no name). */
  refill: boolean;
}

function factsOf(db: ReadableDatabase, clock: Clock): VaultFacts {
  const today = checkInToday(db, clock);
  return {
    doseTimes: readUnansweredDoseTimes(db, addDays(today, -1), addDays(today, 7)),
    refill: refillsDue(readMedications(db), today).length > 0,
    boundary: readSettings(db).dayBoundaryMinutes,
    checkedInDays: new Set(readRecentCheckInDays(db, 3)),
    due: planDueDays(readPlan(db)),
    questionnaireDueFrom: questionnairesDueFrom(db),
  };
}

const backgroundModeOf = ({ keepRunningInTray, openAtLogin }: ReminderPreferences) => ({
  keepRunningInTray,
  openAtLogin,
});

/**
 * Reminders and the `reminders.*` channels. Reminders run whether the vault is open or not, from
 * preferences kept beside it; while it is locked they know only what was true when it locked
 * (kept in memory, never written).
 */
export function createReminders({ host, clock, ticker, openDatabase }: ReminderDependencies) {
  let lockedFacts: VaultFacts = {
    boundary: defaultDayBoundaryMinutes,
    checkedInDays: new Set(),
    due: { review: null, actionSteps: [], supporters: [] },
    questionnaireDueFrom: null,
    doseTimes: new Map(),
    refill: false,
  };
  const currentFacts = () => {
    const db = openDatabase();
    return db ? factsOf(db, clock) : lockedFacts;
  };
  const scheduler = new ReminderScheduler({
    clock,
    ticker,
    boundaryMinutes: () => currentFacts().boundary,
    factsAbout: (day): DayFacts => {
      const { checkedInDays, due, questionnaireDueFrom, doseTimes, refill } = currentFacts();
      return {
        checkedIn: checkedInDays.has(day),
        review: due.review === day,
        actionSteps: due.actionSteps.includes(day),
        supporters: due.supporters.includes(day),
        questionnaire: questionnaireDueFrom !== null && questionnaireDueFrom <= day,
        doseTimes: doseTimes.get(day) ?? [],
        refill,
      };
    },
    deliver: (kind) =>
      host.showNotification({ title: 'Waypoint', body: reminderTexts[kind] }, () =>
        host.sendEvent('reminders.opened', { target: reminderTargets[kind] }),
      ),
  });
  const preferences = new ReminderPreferencesStore(host.userDataDir, (current) => {
    scheduler.start(current);
    host.setBackgroundMode(backgroundModeOf(current));
  });

  const handlers: Pick<IpcHandlers, ReminderChannel> = {
    'reminders.get': () => preferences.latest(),
    'reminders.update': (changes) => preferences.update(() => changes),
  };
  // Read while the vault is still open; used once it has locked.
  const watcher: VaultWatcher = {
    closing: (session) => {
      lockedFacts = factsOf(session.db, clock);
    },
  };

  return {
    handlers,
    watcher,
    /** The preferences beside the vault; the lock screen's choice is kept there too. */
    preferences,
    /** Looks whether a reminder is due now (the computer woke; tests move the clock). Resolves with what was shown. */
    check: async (): Promise<ReminderKind[]> => {
      await preferences.loaded;
      return scheduler.check();
    },
  };
}
