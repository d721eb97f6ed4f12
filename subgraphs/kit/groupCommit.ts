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
        if (batch.length === 1) batch[0]!.reject(err);
        // One client's fault must not fail another's records: each submission is written alone again
        // (records the failed write did store are served already, and come back as DUPLICATE).
        else for (const submission of batch) await this.write(submission.items).then(submission.resolve, submission.reject);
      }
    }
    this.running = false;
  }
}
