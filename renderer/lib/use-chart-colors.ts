import { useSyncExternalStore } from 'react';

/**
 * Chart colours from the Okabe–Ito palette, which stays distinguishable for the common kinds of
 * colour blindness; lighter variants on the dark theme keep the contrast. Lines also differ by
 * dash and marker, so colour is never the only cue.
 */
const palettes = {
  light: {
    primary: '#0072B2',
    average: '#D55E00',
    second: '#009E73',
    spread: '#56B4E9',
    milestone: '#7a5b00',
    lapse: '#a3261f',
    event: '#a8407f',
    grid: '#d6d2c7',
    axis: '#4a5360',
  },
  dark: {
    primary: '#56B4E9',
    average: '#F0A060',
    second: '#3FD0A0',
    spread: '#2f6f99',
    milestone: '#F0E442',
    lapse: '#ff9b91',
    event: '#e8a6d0',
    grid: '#3a4049',
    axis: '#b3bac4',
  },
};

export type ChartColors = (typeof palettes)['light'];

/**
 * Paper, printed in colour or grey: light daily points under a bold near-black average, markers
 * told apart by dash and label rather than hue.
 */
const paper: ChartColors = {
  primary: '#8c8c8c',
  average: '#111111',
  second: '#4d4d4d',
  spread: '#d9d9d9',
  milestone: '#555555',
  lapse: '#222222',
  event: '#444444',
  grid: '#e0e0e0',
  axis: '#333333',
};

let darkQuery: MediaQueryList | undefined;
const query = () => {
  if (typeof window !== 'undefined' && window.matchMedia)
    darkQuery ??= window.matchMedia('(prefers-color-scheme: dark)');
  return darkQuery;
};

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** The palette for the current theme, or for paper (`forPrint`). */
export function useChartColors(forPrint = false): ChartColors {
  const dark = useSyncExternalStore(subscribe, () => query()?.matches ?? false);
  if (forPrint) return paper;
  return dark ? palettes.dark : palettes.light;
}
