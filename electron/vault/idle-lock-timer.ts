/**
 * Locks the vault after a stretch without activity. Activity is any call from the window (the
 * renderer also pings on keyboard and pointer use), so the timer lives in main with the vault.
 */
export class IdleLockTimer {
  private timer: NodeJS.Timeout | undefined;
  private idleMs = 0;

  constructor(private readonly onIdle: () => void) {}

  start(idleMs: number): void {
    this.idleMs = idleMs;
    this.restart();
  }

  /** Counts as activity only while the timer is running (the vault is unlocked). */
  touch(): void {
    if (this.timer) this.restart();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private restart(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onIdle();
    }, this.idleMs);
    this.timer.unref?.();
  }
}
