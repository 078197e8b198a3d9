import { useIpcChange } from '../lib/ipc-query';

/** The session around the screens: someone is here, and the forms are ready for main to lock. */
export const useActivityPing = () => useIpcChange('session.activity');
export const useReadyToLock = () => useIpcChange('session.readyToLock');
