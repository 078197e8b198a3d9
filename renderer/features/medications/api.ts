import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** My medications and the doses of a day (waits while the day is not known yet), worked out in main. */
export const useMedications = (day: string | undefined) =>
  useIpcQuery('medications.get', day === undefined ? undefined : { day });

// One queue for every medication change, so a dose taken and then changed arrive in that order.
const serial = { serial: 'medications' };
export const useAddMedication = () => useIpcChange('medications.add', serial);
export const useEditMedication = () => useIpcChange('medications.edit', serial);
export const useChangeMedication = () => useIpcChange('medications.change', serial);
export const useStopMedication = () => useIpcChange('medications.stop', serial);
export const useRecordDose = () => useIpcChange('medications.recordDose', serial);
export const useDeleteDoses = () => useIpcChange('medications.deleteDoses', serial);
export const useTakeAsPlanned = () => useIpcChange('medications.takeAsPlanned', serial);

/** Doses taken on time ÷ doses due, per medication and week, over a range (up to yesterday). */
export const useAdherence = (range: { from: string; to: string }) => useIpcQuery('medications.adherence', range);
export const useSetSideEffect = () => useIpcChange('medications.setSideEffect', serial);
export const useClearSideEffect = () => useIpcChange('medications.clearSideEffect', serial);
