/** Figures as the bench prints them: every measurement as min / median / max of its runs. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value at or below which `percent` of the runs fall (nearest rank). */
export function percentile(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
}

const fixed = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "min / median / max ms" of a set of runs. */
export function spread(values: readonly number[], unit = 'ms'): string {
  return `${fixed(Math.min(...values))} / ${fixed(median(values))} / ${fixed(Math.max(...values))} ${unit}`;
}

/** "min / median / p95 / max ms", for a figure whose target is a 95th percentile. */
export function spreadWithP95(values: readonly number[], unit = 'ms'): string {
  const parts = [Math.min(...values), median(values), percentile(values, 95), Math.max(...values)];
  return `${parts.map(fixed).join(' / ')} ${unit} (min / median / p95 / max)`;
}

export function ratio(numerator: readonly number[], denominator: readonly number[]): string {
  return `${(median(numerator) / median(denominator)).toFixed(2)}x`;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Prints rows as a table with a rule under the header. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  rows.forEach((row, index) => {
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  });
}
