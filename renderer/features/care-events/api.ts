import { useIpcChange } from '../../lib/ipc-query';

// The events of a range come with Progress's view (its charts mark them), and from `useDatedEvents` for other ranges.
const serial = { serial: 'care-events' };
export const useAddCareEvent = () => useIpcChange('careEvents.add', serial);
export const useEditCareEvent = () => useIpcChange('careEvents.edit', serial);
export const useDeleteCareEvent = () => useIpcChange('careEvents.delete', serial);
