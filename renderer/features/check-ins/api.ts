import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

export const useAddCheckIn = () => useIpcChange('checkIns.add');
export const useUpdateCheckIn = () => useIpcChange('checkIns.update');
export const useDeleteCheckIn = () => useIpcChange('checkIns.delete');
export const useUndoDeleteCheckIn = () => useIpcChange('checkIns.undoDelete');

/** Changes to the measures a check-in asks for ("Choose what to track"). */
export const useSetMeasureEnabled = () => useIpcChange('metrics.setEnabled');
export const useAddMeasure = () => useIpcChange('metrics.addCustom');
export const useDeleteMeasure = () => useIpcChange('metrics.deleteCustom');

/** After an unlock: the check-ins written while locked, to keep or discard one by one. */
export const useLockedCheckInReview = () => useIpcQuery('lockedCheckIns.review', {});
export const useDecideLockedCheckIn = () => useIpcChange('lockedCheckIns.decide', { serial: 'locked-check-ins' });
export const useDismissLockedCheckInNotices = () => useIpcChange('lockedCheckIns.dismissNotices');

/** Check-ins whose note has every word looked for; nothing is asked until there are words. */
export const useNoteSearch = (words: string | undefined) =>
  useIpcQuery('checkIns.search', words ? { words } : undefined);
