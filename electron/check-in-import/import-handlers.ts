import { ImportRefusal, type DaylioExport } from '../../shared/check-in-import/daylio-export';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { entryTitle } from '../../shared/plan/plan-entries';
import type { Host } from '../ports/host';
import type { Clock } from '../ports/clock';
import { inTransaction } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { readPlan } from '../plan/plan-repository';
import type { OpenVault } from '../vault/open-vault';
import { importCheckIns, importCheckInsInSlices, sampleImport, type CheckInImport } from './import-check-ins';
import { medicationChoices } from './imported-doses';
import { readImportInWorker, type ReadImport } from './import-reader';
import { listImports, readRememberedMoodValues, removeImport, removeImportInSlices } from './import-repository';

export type CheckInImportChannel = Extract<InvokeChannel, `checkInImport.${string}`>;

export interface CheckInImportDependencies {
  newId(): string;
  clock: Clock;
  host: Pick<Host, 'chooseOpenPath'>;
}

/**
 * Bringing in check-ins from another app. The chosen file is read once, in a thread of its own
 * (`readImportInWorker`), and its entries kept here until imported or forgotten: the renderer
 * never sends a path, only the person's choices. The import runs in slices, so main stays free.
 * Made per unlocked vault, so a lock forgets the file with everything else.
 */
export function createCheckInImportHandlers(vault: OpenVault, { newId, clock, host }: CheckInImportDependencies) {
  let chosen: { fileName: string; file: DaylioExport } | undefined;

  const chosenFile = () => {
    if (!chosen) throw new RequestError('NOT_FOUND', 'Choose the file to bring in first.');
    return chosen;
  };

  const handlers: Pick<IpcHandlers, CheckInImportChannel> = {
    'checkInImport.chooseFile': async () => {
      const path = await host.chooseOpenPath({ title: 'Choose a Daylio export (a CSV file)', kind: 'csv' });
      if (path === undefined) return null;
      chosen = undefined;
      let read: ReadImport;
      try {
        read = await readImportInWorker(path);
      } catch (error) {
        if (error instanceof ImportRefusal) throw new RequestError('INVALID_INPUT', error.message);
        throw error;
      }
      const { fileName, file, preview } = read;
      chosen = { fileName, file };
      const plan = readPlan(vault.db);
      return {
        fileName,
        preview,
        rememberedMoods: readRememberedMoodValues(vault.db),
        timeZone: clock.timeZone(),
        copingStrategies: plan.copingStrategies.map((entry) => ({
          id: entry.id,
          title: entryTitle('copingStrategies', entry),
        })),
        triggers: plan.triggers.map((entry) => ({ id: entry.id, title: entryTitle('triggers', entry) })),
        medications: medicationChoices(vault.db),
      };
    },
    'checkInImport.sample': (choices) => sampleImport(vault.db, chosenFile().file, choices),
    'checkInImport.run': async (choices) => {
      const { file, fileName } = chosenFile();
      const input: CheckInImport = { source: 'daylio', file, fileName, choices, now: clock.now(), newId };
      const summary = vault.changeInSlices
        ? await vault.changeInSlices((db, nextSlice) => importCheckInsInSlices(db, input, nextSlice))
        : vault.change((db) => importCheckIns(db, input));
      // Years of someone's history: on disk before the summary says it is in.
      await vault.flush();
      chosen = undefined;
      return summary;
    },
    'checkInImport.forget': () => {
      chosen = undefined;
      return null;
    },
    'checkInImport.list': () => listImports(vault.db),
    'checkInImport.remove': async ({ id }) => {
      const removed = vault.changeInSlices
        ? await vault.changeInSlices((db, nextSlice) => removeImportInSlices(db, id, nextSlice))
        : vault.change((db) => inTransaction(db, () => removeImport(db, id)));
      await vault.flush();
      return removed;
    },
  };
  return handlers;
}
