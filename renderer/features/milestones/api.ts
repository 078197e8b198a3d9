import { useIpcChange } from '../../lib/ipc-query';

/** My own milestones, and marking one reached; the counts come from `useMilestones` in lib. */
export const useAddMilestone = () => useIpcChange('milestones.add', { serial: 'milestones' });
export const useDeleteMilestone = () => useIpcChange('milestones.delete', { serial: 'milestones' });
export const useMarkMilestone = () => useIpcChange('milestones.mark', { serial: 'milestones' });
