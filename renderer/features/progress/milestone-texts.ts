import type { RecoveryCount } from '../../../shared/milestones/milestone';

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The counters of one count, in words; after a lapse, said kindly and with what remains. */
export function countSentences(count: RecoveryCount): { headline: string; details: string[] } {
  const { counters } = count;
  const name = count.kind === 'clean' ? 'clean / sober' : 'in recovery';
  if (counters.daysSinceLastLapse === null) {
    return {
      headline: `${days(counters.totalDays)} ${name}`,
      details: [`No lapse logged since you started. Your current run is ${days(counters.currentRun)}.`],
    };
  }
  return {
    headline: `${days(counters.totalDays)} ${name}`,
    details: [
      `Current run: ${days(counters.currentRun)}. Longest run: ${days(counters.longestRun)}.`,
      `${days(counters.daysSinceLastLapse)} since your last lapse. A lapse does not erase the days before it; they still count.`,
    ],
  };
}
