// Identical requests in flight at the same moment share one answer: the second asker waits for the
// first one's work instead of doing it again. Nothing is kept once the work is done (no cache).

export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    let shared = this.pending.get(key);
    if (!shared) {
      shared = work().finally(() => this.pending.delete(key));
      this.pending.set(key, shared);
    }
    return shared;
  }
}
