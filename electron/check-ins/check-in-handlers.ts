import {
  checkInInFutureMessage,
  checkInLinkFields,
  checkInLinkKinds,
  isDatedInFuture,
  type CheckIn,
  type CheckInFields,
} from '../../shared/check-ins/check-in';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { searchWords } from '../../shared/check-ins/check-in-search';
import { metricValuesProblem } from '../../shared/metrics/custom-metric';
import { warningSignListByStage, type PlanListName } from '../../shared/plan/plan-entries';
import { inTransaction, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { readTrackedMetrics } from '../metrics/metric-repository';
import { readPlanEntryIds } from '../plan/plan-repository';
import { readSettings } from '../settings/settings-repository';
import type { OpenVault } from '../vault/open-vault';
import { originIfKept } from '../check-in-import/import-repository';
import type { Clock } from '../ports/clock';
import { readCheckInSpan } from '../progress/progress-repository';
import {
  deleteCheckIn,
  insertCheckIn,
  listCheckIns,
  readCheckIn,
  readImportOrigin,
  searchCheckInNotes,
  updateCheckIn,
  type ImportOrigin,
} from './check-in-repository';

export type CheckInChannel = Extract<InvokeChannel, `checkIns.${string}`>;

const linkedLists = {
  coping: ['copingStrategies'],
  trigger: ['triggers'],
  'warning-sign': Object.values(warningSignListByStage),
} satisfies Record<keyof typeof checkInLinkFields, PlanListName[]>;

const linkNouns = {
  coping: 'coping strategies',
  trigger: 'triggers',
  'warning-sign': 'warning signs',
} satisfies Record<keyof typeof checkInLinkFields, string>;

/**
 * Checks what the schema cannot see: each value against its measure's range, links against the
 * plan, the moment against the clock. An edit may keep links to entries since removed from the plan.
 */
function checkFields(db: ReadableDatabase, fields: CheckInFields, now: Date, previous?: CheckIn): void {
  if (isDatedInFuture(new Date(fields.at), now)) throw new RequestError('INVALID_INPUT', checkInInFutureMessage);
  const problem = metricValuesProblem(readTrackedMetrics(db), fields.values);
  if (problem) throw new RequestError('INVALID_INPUT', problem);
  for (const kind of checkInLinkKinds) {
    const field = checkInLinkFields[kind];
    const known = new Set([...readPlanEntryIds(db, linkedLists[kind]), ...(previous?.[field] ?? [])]);
    if (fields[field].some((id) => !known.has(id))) {
      throw new RequestError('INVALID_INPUT', `Pick ${linkNouns[kind]} from your plan.`);
    }
  }
}

/** The Check-ins area's channels, with undo of the last delete while this vault stays unlocked. */
export function createCheckInHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  let lastDelete: { checkIn: CheckIn; origin: ImportOrigin | null } | undefined;

  const boundaryOf = (db: ReadableDatabase) => readSettings(db).dayBoundaryMinutes;
  // A check-in is one deliberate act, not typing: it is sealed and on disk before the form closes.
  const savedNow = async <T>(work: (db: WritableDatabase) => T): Promise<T> => {
    const result = vault.change(work);
    await vault.flush();
    return result;
  };

  const handlers: Pick<IpcHandlers, CheckInChannel> = {
    'checkIns.list': (range) => listCheckIns(vault.db, range),
    'checkIns.span': () => readCheckInSpan(vault.db),
    'checkIns.search': ({ words }) => searchCheckInNotes(vault.db, searchWords(words)),
    'checkIns.add': (fields) =>
      savedNow((db) =>
        inTransaction(db, () => {
          checkFields(db, fields, clock.now());
          return insertCheckIn(db, newId(), fields, boundaryOf(db));
        }),
      ),
    'checkIns.update': ({ id, fields }) =>
      savedNow((db) =>
        inTransaction(db, () => {
          checkFields(db, fields, clock.now(), readCheckIn(db, id));
          return updateCheckIn(db, id, fields, boundaryOf(db));
        }),
      ),
    'checkIns.delete': async ({ id }) => {
      const deleted = await savedNow((db) => {
        const origin = readImportOrigin(db, id);
        return { checkIn: deleteCheckIn(db, id), origin };
      });
      lastDelete = deleted;
      return { day: deleted.checkIn.day };
    },
    'checkIns.undoDelete': () => {
      if (!lastDelete) throw new RequestError('NOT_FOUND', 'There is nothing to undo.');
      const {
        checkIn: { id, day: _day, ...fields },
        origin,
      } = lastDelete;
      lastDelete = undefined;
      // An imported check-in comes back into its import, unless the import was removed meanwhile.
      return savedNow((db) => insertCheckIn(db, id, fields, boundaryOf(db), origin && originIfKept(db, origin)));
    },
  };
  return handlers;
}
