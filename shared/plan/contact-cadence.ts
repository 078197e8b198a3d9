import { addDays, addMonths } from '../dates/calendar-date';

/** How often a person means to be in touch: every `count` days or months. */
export interface ContactCadence {
  unit: 'day' | 'month';
  count: number;
}

const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const weekdays = /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/;

function amount(word: string | undefined): number | undefined {
  if (word === undefined) return 1;
  const value = /^\d+$/.test(word) ? Number(word) : numberWords[word];
  return value !== undefined && value >= 1 && value <= 366 ? value : undefined;
}

/**
 * Reads "how often we check in" as the person wrote it ("weekly", "every 3 days", "twice a week",
 * "every Sunday", "fortnightly", "monthly") so Today can say when someone is due. Undefined for
 * anything it cannot read ("when I need to"): that person is simply never shown as due.
 */
export function readContactCadence(text: string): ContactCadence | undefined {
  const said = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (said === '') return undefined;
  if (/\b(daily|every ?day|each day|every morning|every evening|every night)\b/.test(said)) {
    return { unit: 'day', count: 1 };
  }
  if (/\bevery other day\b/.test(said)) return { unit: 'day', count: 2 };
  if (/\b(fortnightly|biweekly|bi-weekly|every other week)\b/.test(said)) return { unit: 'day', count: 14 };
  const timesA = /\b(once|twice|\d+|two|three|four|five|six|seven) (?:times )?(?:a|per|each) (week|month)\b/.exec(said);
  if (timesA) {
    const times = timesA[1] === 'once' ? 1 : timesA[1] === 'twice' ? 2 : amount(timesA[1]);
    if (times === undefined) return undefined;
    if (timesA[2] === 'week') return { unit: 'day', count: Math.max(1, Math.floor(7 / times)) };
    return times === 1 ? { unit: 'month', count: 1 } : { unit: 'day', count: Math.max(1, Math.floor(30 / times)) };
  }
  const every = /\bevery (?:(\d+|[a-z]+) )?(day|week|month)s?\b/.exec(said);
  if (every) {
    const count = amount(every[1]);
    if (count === undefined) return undefined;
    if (every[2] === 'day') return { unit: 'day', count };
    if (every[2] === 'week') return { unit: 'day', count: 7 * count };
    return { unit: 'month', count };
  }
  if (/\b(weekly|each week|once a week)\b/.test(said) || weekdays.test(said)) return { unit: 'day', count: 7 };
  if (/\b(monthly|each month)\b/.test(said)) return { unit: 'month', count: 1 };
  return undefined;
}

/** The day contact is next due after `lastOn`. */
export function nextContactDue(lastOn: string, cadence: ContactCadence): string {
  return cadence.unit === 'day' ? addDays(lastOn, cadence.count) : addMonths(lastOn, cadence.count);
}

/** The cadence in a few words, as Today says it: "every day", "every 7 days", "every month". */
export function describeCadence(cadence: ContactCadence): string {
  if (cadence.count === 1) return `every ${cadence.unit}`;
  return `every ${cadence.count} ${cadence.unit}s`;
}
