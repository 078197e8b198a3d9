/** A repeating timer; the app's is `setInterval`, tests drive the work it repeats themselves. */
export interface Ticker {
  every(ms: number, tick: () => void): () => void;
}

export const intervalTicker: Ticker = {
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref?.();
    return () => clearInterval(timer);
  },
};
