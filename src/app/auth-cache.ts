// Who a token or session cookie belongs to, kept per process for a few seconds, so a request
// does not pay a lookup (and its hashing and query building) that the last one just did.
//
// Revocation must still take effect at once, on every instance. An entry is only good while the
// store's change stamp (see Store.changeStamp) is what it was when the entry was looked up: any
// write to the database, by this process or another, drops every entry. Revoking a token,
// signing out or deleting an account are writes, so the next request looks up again. Where the
// store has no such stamp (PostgreSQL: knowing that nothing changed costs a round trip, the
// same as the lookup itself), nothing is kept.
const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Entry<T> {
  value: T;
  stamp: string;
  until: number;
}

export class AuthCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  /**
   * The kept value, or a fresh one from `look` (kept when there is one). The stamp is read
   * before looking, so a write during the lookup makes the entry stale at once.
   */
  async get<T>(
    key: string,
    stamp: (() => string) | undefined,
    nowMs: number,
    look: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    if (!stamp) return look();
    const current = stamp();
    const kept = this.entries.get(key) as Entry<T> | undefined;
    if (kept && kept.stamp === current && nowMs < kept.until && nowMs >= kept.until - TTL_MS) {
      return kept.value;
    }
    this.entries.delete(key);
    const value = await look();
    if (value !== undefined) {
      this.entries.set(key, { value, stamp: current, until: nowMs + TTL_MS });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
