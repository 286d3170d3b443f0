// One remembered value per user, with the key it was computed for: a call with another key is a
// miss (and its value replaces the old one, which can never be asked for again). Bounded: past
// `max` users, the one used least recently is forgotten.
export class PerUserMemo<T> {
  private readonly entries = new Map<string, { key: string; value: T }>();

  constructor(private readonly max: number) {}

  get(userId: string, key: string): T | undefined {
    const entry = this.entries.get(userId);
    if (entry?.key !== key) return undefined;
    // Map keeps insertion order: moving the entry to the end makes the first the least recent.
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    return entry.value;
  }

  set(userId: string, key: string, value: T): void {
    this.entries.delete(userId);
    this.entries.set(userId, { key, value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
