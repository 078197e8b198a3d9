import {
  checkInLinkFields,
  type CheckIn,
  type CheckInFields,
  type CheckInLinkKind,
} from '../../shared/check-ins/check-in';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { metricValuesProblem } from '../../shared/metrics/custom-metric';
import { warningSignListByStage, type PlanListName } from '../../shared/plan/plan-entries';
import { readSettings } from '../settings/settings-repository';
import { inTransaction, selectValues, type Database } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { VaultSession } from '../vault/vault-session';
import { deleteCheckIn, insertCheckIn, listCheckIns, readCheckIn, updateCheckIn } from './check-in-repository';
import {
  addCustomMetric,
  deleteCustomMetric,
  readTrackedMetrics,
  setMetricEnabled,
  updateCustomMetric,
} from '../metrics/metric-repository';

export type CheckInChannel = Extract<InvokeChannel, `checkIns.${string}` | `metrics.${string}`>;

export interface CheckInHandlerDependencies {
  unlocked(): VaultSession;
  newId(): string;
  now(): Date;
}

/** A check-in may be written up to a day ahead of this computer's clock (time zones), never later. */
const futureAllowanceMs = 26 * 60 * 60 * 1000;

const linkedLists: Record<CheckInLinkKind, PlanListName[]> = {
  coping: ['copingStrategies'],
  trigger: ['triggers'],
  'warning-sign': Object.values(warningSignListByStage),
};

const linkNouns: Record<CheckInLinkKind, string> = {
  coping: 'coping strategies',
  trigger: 'triggers',
  'warning-sign': 'warning signs',
};

/**
 * Checks what the schema cannot see: each value against its measure's range, links against the
 * plan, the moment against the clock. An edit may keep links to entries since removed from the plan.
 */
function checkFields(db: Database, fields: CheckInFields, now: Date, previous?: CheckIn): void {
  if (new Date(fields.at).getTime() > now.getTime() + futureAllowanceMs) {
    throw new RequestError('INVALID_INPUT', 'A check-in cannot be dated in the future.');
  }
  const problem = metricValuesProblem(readTrackedMetrics(db), fields.values);
  if (problem) throw new RequestError('INVALID_INPUT', problem);
  for (const [kind, field] of Object.entries(checkInLinkFields) as [CheckInLinkKind, keyof CheckInFields][]) {
    const lists = linkedLists[kind];
    const known = new Set([
      ...selectValues(db, `SELECT id FROM plan_entries WHERE list IN (${lists.map(() => '?').join(', ')})`, lists).map(
        ([id]) => id as string,
      ),
      ...((previous?.[field] as string[] | undefined) ?? []),
    ]);
    if ((fields[field] as string[]).some((id) => !known.has(id))) {
      throw new RequestError('INVALID_INPUT', `Pick ${linkNouns[kind]} from your plan.`);
    }
  }
}

/** The Check-ins area's channels: check-ins with undo of the last delete, and the measures they record. */
export function createCheckInHandlers(dependencies: CheckInHandlerDependencies) {
  const { unlocked, newId, now } = dependencies;
  let lastDelete: { session: VaultSession; checkIn: CheckIn } | undefined;

  const boundaryOf = (db: Database) => readSettings(db).dayBoundaryMinutes;
  // A check-in is one deliberate act, not typing: it is sealed and on disk before the form closes.
  const savedNow = async <T>(work: (db: Database) => T): Promise<T> => {
    const session = unlocked();
    const result = session.change(work);
    await session.flush();
    return result;
  };
  const changeMetrics = (work: (db: Database) => void) => {
    const session = unlocked();
    session.change((db) => inTransaction(db, () => work(db)));
    return readTrackedMetrics(session.db);
  };

  const handlers: Pick<IpcHandlers, CheckInChannel> = {
    'checkIns.list': (range) => listCheckIns(unlocked().db, range),
    'checkIns.add': (fields) =>
      savedNow((db) =>
        inTransaction(db, () => {
          checkFields(db, fields, now());
          return insertCheckIn(db, newId(), fields, boundaryOf(db));
        }),
      ),
    'checkIns.update': ({ id, fields }) =>
      savedNow((db) =>
        inTransaction(db, () => {
          checkFields(db, fields, now(), readCheckIn(db, id));
          return updateCheckIn(db, id, fields, boundaryOf(db));
        }),
      ),
    'checkIns.delete': async ({ id }) => {
      const session = unlocked();
      const checkIn = await savedNow((db) => deleteCheckIn(db, id));
      lastDelete = { session, checkIn };
      return { day: checkIn.day };
    },
    'checkIns.undoDelete': () => {
      const session = unlocked();
      if (lastDelete?.session !== session) throw new RequestError('NOT_FOUND', 'There is nothing to undo.');
      const { checkIn } = lastDelete;
      lastDelete = undefined;
      const { id, day: _day, ...fields } = checkIn;
      return savedNow((db) => insertCheckIn(db, id, fields, boundaryOf(db)));
    },
    'metrics.list': () => readTrackedMetrics(unlocked().db),
    'metrics.setEnabled': ({ key, enabled }) => changeMetrics((db) => setMetricEnabled(db, key, enabled)),
    'metrics.addCustom': (metric) =>
      changeMetrics((db) => addCustomMetric(db, `custom-${newId().toLowerCase()}`, metric)),
    'metrics.updateCustom': ({ key, metric }) => changeMetrics((db) => updateCustomMetric(db, key, metric)),
    'metrics.deleteCustom': ({ key }) => changeMetrics((db) => deleteCustomMetric(db, key)),
  };

  return {
    handlers,
    /** Drops the undo copy of the last deleted check-in (on lock). */
    forgetUndo(): void {
      lastDelete = undefined;
    },
  };
}
