import { useIpcChange } from '../../lib/ipc-query';

// The events of a range are read with `useDatedEvents` (lib/shared-queries): Progress's charts mark them too.
const serial = { serial: 'care-events' };
export const useAddCareEvent = () => useIpcChange('careEvents.add', serial);
export const useEditCareEvent = () => useIpcChange('careEvents.edit', serial);
export const useDeleteCareEvent = () => useIpcChange('careEvents.delete', serial);
