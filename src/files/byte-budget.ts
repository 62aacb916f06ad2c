/**
 * The bytes of files the bot holds at once (downloading, waiting for a worker, being read), out of
 * a fixed total: a file takes its bytes as they arrive and gives them back when it is answered.
 */
export class ByteBudget {
  private taken = 0;

  constructor(readonly total: number) {}

  /** Takes `bytes` if they fit in what is left; false (nothing taken) when they do not. */
  take(bytes: number): boolean {
    if (this.taken + bytes > this.total) return false;
    this.taken += bytes;
    return true;
  }

  give(bytes: number): void {
    this.taken = Math.max(0, this.taken - bytes);
  }

  get held(): number {
    return this.taken;
  }
}
