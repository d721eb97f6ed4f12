// Serialise writes to one store, and group the captures that arrive while a write is under way
// into the next write: two hundred concurrent captures become a few file replacements, not 200.

interface Submission<T, R> {
  items: T[];
  resolve(results: R[]): void;
  reject(error: unknown): void;
}

export class GroupCommit<T, R> {
  private pending: Submission<T, R>[] = [];
  private running = false;

  /** `write` gets every item waiting, in arrival order, and returns one result per item. */
  constructor(private readonly write: (items: T[]) => Promise<R[]>) {}

  submit(items: T[]): Promise<R[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        const results = await this.write(batch.flatMap((submission) => submission.items));
        let at = 0;
        for (const submission of batch) {
          submission.resolve(results.slice(at, at + submission.items.length));
          at += submission.items.length;
        }
      } catch (err) {
        for (const submission of batch) submission.reject(err);
      }
    }
    this.running = false;
  }
}
