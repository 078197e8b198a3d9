import { useIpcChange } from '../../lib/ipc-query';

/** Answering, scheduling and removing questionnaires; the view comes from `useQuestionnaires` in lib. */
export const useAnswerQuestionnaire = () => useIpcChange('questionnaires.answer', { serial: 'questionnaires' });
export const useScheduleQuestionnaire = () => useIpcChange('questionnaires.schedule', { serial: 'questionnaires' });
export const useDeleteResponse = () => useIpcChange('questionnaires.delete', { serial: 'questionnaires' });
