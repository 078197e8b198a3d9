import { useEffect, useState } from 'react';

/** Slow breathing: in for 4 seconds, out for 6, for two minutes. */
const inhaleSeconds = 4;
const exhaleSeconds = 6;
const totalSeconds = 120;

/**
 * A short guided timer for slow breathing or riding out an urge. It counts on screen and in words
 * for a screen reader (once per breath, not every second); Stop ends it at any time.
 */
export function BreathingTimer() {
  const [elapsed, setElapsed] = useState<number>();
  useEffect(() => {
    if (elapsed === undefined || elapsed >= totalSeconds) return;
    const timer = setTimeout(() => setElapsed((seconds) => (seconds ?? 0) + 1), 1000);
    return () => clearTimeout(timer);
  }, [elapsed]);

  if (elapsed === undefined || elapsed >= totalSeconds) {
    return (
      <div className="breathing">
        {elapsed !== undefined && <p role="status">Two minutes done. Notice how I feel now.</p>}
        <button type="button" className="button-primary" onClick={() => setElapsed(0)}>
          {elapsed === undefined ? 'Breathe with me for 2 minutes' : 'Again'}
        </button>
      </div>
    );
  }
  const inBreath = elapsed % (inhaleSeconds + exhaleSeconds);
  const breathingIn = inBreath < inhaleSeconds;
  const count = breathingIn ? inBreath + 1 : inBreath - inhaleSeconds + 1;
  return (
    <div className="breathing">
      <p className={`breath ${breathingIn ? 'breath-in' : 'breath-out'}`} aria-hidden="true">
        {breathingIn ? 'Breathe in' : 'Breathe out'} · {count}
      </p>
      <p className="visually-hidden" role="status">
        {breathingIn ? 'Breathe in slowly' : 'Breathe out slowly'}
      </p>
      <p className="muted">
        {Math.ceil((totalSeconds - elapsed) / 60)} min left. Urges rise, peak and pass, like a wave.
      </p>
      <button type="button" className="button-secondary" onClick={() => setElapsed(undefined)}>
        Stop
      </button>
    </div>
  );
}
