import { ImportRefusal, readDaylioExport, type DaylioExport } from '../../shared/check-in-import/daylio-export';
import { previewImport } from '../../shared/check-in-import/import-preview';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { entryTitle } from '../../shared/plan/plan-entries';
import type { Host } from '../app/host';
import type { Clock } from '../check-ins/check-in-today';
import { inTransaction } from '../database/sqlite';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { readPlan } from '../plan/plan-repository';
import type { OpenVault } from '../vault/open-vault';
import { importCheckIns, sampleImport } from './import-check-ins';
import { readImportFile } from './import-file';
import { listImports, readRememberedMoodValues, removeImport } from './import-repository';

export type CheckInImportChannel = Extract<InvokeChannel, `checkInImport.${string}`>;

export interface CheckInImportDependencies {
  newId(): string;
  clock: Clock;
  host: Pick<Host, 'chooseOpenPath'>;
}

/**
 * Bringing in check-ins from another app. The chosen file is read once, in main, and kept here
 * until it is imported or forgotten: the renderer never sends a path, only the person's choices.
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
      let file: DaylioExport;
      let fileName: string;
      try {
        const read = await readImportFile(path);
        fileName = read.fileName;
        file = readDaylioExport(read.text);
      } catch (error) {
        if (error instanceof ImportRefusal) throw new RequestError('INVALID_INPUT', error.message);
        throw error;
      }
      chosen = { fileName, file };
      const plan = readPlan(vault.db);
      return {
        fileName,
        preview: previewImport(file),
        rememberedMoods: readRememberedMoodValues(vault.db),
        timeZone: clock.timeZone(),
        copingStrategies: plan.copingStrategies.map((entry) => ({
          id: entry.id,
          title: entryTitle('copingStrategies', entry),
        })),
        triggers: plan.triggers.map((entry) => ({ id: entry.id, title: entryTitle('triggers', entry) })),
      };
    },
    'checkInImport.sample': (choices) => sampleImport(vault.db, chosenFile().file, choices),
    'checkInImport.run': async (choices) => {
      const { file, fileName } = chosenFile();
      const summary = vault.change((db) =>
        importCheckIns(db, { source: 'daylio', file, fileName, choices, now: clock.now(), newId }),
      );
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
      const removed = vault.change((db) => inTransaction(db, () => removeImport(db, id)));
      await vault.flush();
      return removed;
    },
  };
  return handlers;
}
