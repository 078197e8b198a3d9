import { checkInDay } from '../../shared/check-ins/check-in-day';
import { dosesDueOn, dueInstant, unansweredDueBy, versionOn } from '../../shared/medications/dose-schedule';
import type { RecordDoseRequest } from '../../shared/medications/medication-requests';
import type { DoseRecord } from '../../shared/medications/medication';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { checkInToday } from '../check-ins/check-in-today';
import type { ReadableDatabase } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import type { Clock } from '../ports/clock';
import { readSettings } from '../settings/settings-repository';
import type { OpenVault } from '../vault/open-vault';
import {
  clearSideEffect,
  writeSideEffect,
  changeMedication,
  deleteDoses,
  insertMedication,
  readMedication,
  recordDose,
  stopMedication,
  updateMedicationDetails,
} from './medication-repository';
import { readAdherenceView, readMedicationsView } from './medications-view';

export type MedicationChannel = Extract<InvokeChannel, `medications.${string}`>;

const timeOfDayPattern = /^\d{2}:\d{2}$/;

/**
 * A dose taken "now" by main's own clock can be at most this far ahead of it: a few minutes for a
 * click that crosses a minute. Times of day are read in main's zone, so no time zone is crossed.
 */
const clockSkewMs = 5 * 60 * 1000;

/** When a taken dose was taken, as an instant (UTC, one format), from what the request says. */
function takenInstant(request: RecordDoseRequest, clock: Clock, boundary: number): string {
  const timeZone = clock.timeZone();
  const at = request.takenAt;
  if (at === null || at === 'now') return clock.now().toISOString();
  if (at === 'as-planned') {
    if (request.dueTime === null) {
      throw new RequestError('INVALID_INPUT', 'An as-needed dose has no planned time: say when it was taken.');
    }
    return dueInstant(request.day, request.dueTime, timeZone, boundary).toISOString();
  }
  if (timeOfDayPattern.test(at)) return dueInstant(request.day, at, timeZone, boundary).toISOString();
  return new Date(at).toISOString();
}

/**
 * Checks a dose against the medication as it was taken on the dose's day, and works out when it
 * was taken. A scheduled dose counts for the day it was due; an as-needed one for the day it was
 * taken on, checked as that day. Throws INVALID_INPUT, in words the person can act on.
 */
function doseToRecord(
  db: ReadableDatabase,
  request: RecordDoseRequest,
  today: string,
  clock: Clock,
  id: string,
): DoseRecord {
  const medication = readMedication(db, request.medicationId);
  const boundary = readSettings(db).dayBoundaryMinutes;
  const timeZone = clock.timeZone();
  if (request.dueTime === null && request.status !== 'taken') {
    throw new RequestError('INVALID_INPUT', 'An as-needed dose is written when it is taken, so it cannot be skipped.');
  }
  const takenAt = request.status === 'taken' ? takenInstant(request, clock, boundary) : null;
  if (takenAt !== null && new Date(takenAt).getTime() > clock.now().getTime() + clockSkewMs) {
    throw new RequestError('INVALID_INPUT', 'A dose cannot be written as taken later than now.');
  }
  const day =
    request.dueTime === null && takenAt !== null ? checkInDay(new Date(takenAt), timeZone, boundary) : request.day;
  if (day > today) throw new RequestError('INVALID_INPUT', 'A dose can be written for today or an earlier day.');
  const version = versionOn(medication, day);
  if (!version) {
    throw new RequestError('INVALID_INPUT', `On ${day} I was not taking ${medication.name}, by my list.`);
  }
  if (request.dueTime === null) {
    if (version.schedule.kind !== 'as-needed') {
      throw new RequestError('INVALID_INPUT', `${medication.name} is taken at set times: choose which dose this was.`);
    }
  } else if (!dosesDueOn(medication, day, boundary).some((due) => due.dueTime === request.dueTime)) {
    throw new RequestError('INVALID_INPUT', `${medication.name} had no dose due at ${request.dueTime} on ${day}.`);
  }
  return {
    id,
    medicationId: medication.id,
    day,
    dueTime: request.dueTime,
    status: request.status,
    takenAt,
    timeZone: takenAt === null ? null : timeZone,
    amount: request.amount,
    reason: request.reason,
  };
}

/**
 * The medication channels. A change of dose or schedule adds a dated version; nothing is
 * overwritten but a same-day correction. Doses are checked against the schedule of their day.
 * Each answers with the view of the day it concerns.
 */
export function createMedicationHandlers(vault: OpenVault, { newId, clock }: { newId(): string; clock: Clock }) {
  const view = (day?: string) => {
    const today = checkInToday(vault.db, clock);
    return readMedicationsView(vault.db, today, day ?? today, clock.now(), clock.timeZone());
  };
  const recordedAt = () => clock.now().toISOString();
  const handlers: Pick<IpcHandlers, MedicationChannel> = {
    'medications.get': ({ day }) => view(day),
    'medications.adherence': (range) => readAdherenceView(vault.db, range, checkInToday(vault.db, clock)),
    'medications.add': ({ details, first }) => {
      vault.change((db) => insertMedication(db, newId(), details, first, recordedAt()));
      return view();
    },
    'medications.edit': ({ id, details }) => {
      vault.change((db) => updateMedicationDetails(db, id, details, recordedAt()));
      return view();
    },
    'medications.change': ({ id, version }) => {
      vault.change((db) => changeMedication(db, id, version, recordedAt()));
      return view();
    },
    'medications.stop': ({ id, on }) => {
      vault.change((db) => stopMedication(db, id, on));
      return view();
    },
    'medications.recordDose': (request) => {
      const today = checkInToday(vault.db, clock);
      const dose = doseToRecord(vault.db, request, today, clock, newId());
      vault.change((db) => recordDose(db, dose));
      return view(request.day);
    },
    'medications.setSideEffect': (sideEffect) => {
      if (sideEffect.day > checkInToday(vault.db, clock)) {
        throw new RequestError('INVALID_INPUT', 'A side effect can be noted for today or an earlier day.');
      }
      vault.change((db) => writeSideEffect(db, sideEffect));
      return view();
    },
    'medications.clearSideEffect': ({ medicationId, day }) =>
      vault.change((db) => clearSideEffect(db, medicationId, day)),
    'medications.deleteDoses': ({ ids }) => view(vault.change((db) => deleteDoses(db, ids))),
    'medications.takeAsPlanned': ({ day }) => {
      const today = checkInToday(vault.db, clock);
      if (day > today) throw new RequestError('INVALID_INPUT', 'Doses can be written for today or an earlier day.');
      const unanswered = view(day).due.filter((dose) => dose.record === null);
      const dueNow = unansweredDueBy(unanswered, new Date(clock.now().getTime() + clockSkewMs));
      const records = dueNow.map((dose) =>
        doseToRecord(
          vault.db,
          {
            medicationId: dose.medicationId,
            day,
            dueTime: dose.dueTime,
            status: 'taken',
            takenAt: 'as-planned',
            amount: null,
            reason: '',
          },
          today,
          clock,
          newId(),
        ),
      );
      if (records.length > 0) vault.change((db) => records.forEach((record) => recordDose(db, record)));
      return {
        recorded: dueNow.map((dose, index) => ({ id: records[index]!.id, name: dose.name, dueTime: dose.dueTime })),
        stillToCome: unanswered.length - dueNow.length,
      };
    },
  };
  return handlers;
}
