import { z } from 'zod';

/**
 * The metrics a check-in can record. Built-in ones have fixed keys; metrics a person defines get a
 * key of their own in the same shape, so a goal can point at either.
 */
export const builtInMetrics = [
  { key: 'mood', label: 'Mood' },
  { key: 'energy', label: 'Energy' },
  { key: 'anxiety', label: 'Anxiety' },
  { key: 'sleep-hours', label: 'Hours of sleep' },
  { key: 'sleep-quality', label: 'Sleep quality' },
  { key: 'cravings', label: 'Cravings or urges' },
  { key: 'pain', label: 'Pain' },
] as const;

export const metricKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'This is not a known check-in measure.');
