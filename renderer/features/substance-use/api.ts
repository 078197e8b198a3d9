import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** My substances and the use written from one day to another, worked out in main. */
export const useSubstanceUse = (from: string, to: string) => useIpcQuery('substanceUse.get', { from, to });

// One queue, so days written one after another arrive in that order.
const serial = { serial: 'substance-use' };
export const useAddSubstance = () => useIpcChange('substanceUse.add', serial);
export const useEditSubstance = () => useIpcChange('substanceUse.edit', serial);
export const useSetUseDays = () => useIpcChange('substanceUse.setDays', serial);
