/**
 * In-process async locks by key, so read-modify-write of one key (an index bucket, a manifest) never
 * interleaves. Several keys are always taken in sorted order, which rules out deadlock.
 */
export class KeyedMutex {
  private tails = new Map<string, Promise<void>>();

  async run<T>(keys: Iterable<string>, fn: () => Promise<T>): Promise<T> {
    const release = await this.lock(keys);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  async lock(keys: Iterable<string>): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const key of [...new Set(keys)].sort()) releases.push(await this.lockOne(key));
    return () => {
      for (const release of releases.reverse()) release();
    };
  }

  private async lockOne(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
