import type { ImportChoices } from '../../../shared/check-in-import/import-plan';
import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** A Daylio export: chosen in a dialog (main reads it), previewed, imported, forgotten. */
export const useChooseImportFile = () => useIpcChange('checkInImport.chooseFile');
export const useImportSample = (choices: ImportChoices | undefined) => useIpcQuery('checkInImport.sample', choices);
export const useRunImport = () => useIpcChange('checkInImport.run');
export const useForgetImportFile = () => useIpcChange('checkInImport.forget');

/** Imports still in the vault, and removing one as a whole. */
export const useImports = () => useIpcQuery('checkInImport.list', {});
export const useRemoveImport = () => useIpcChange('checkInImport.remove');
