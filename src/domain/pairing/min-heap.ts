// A binary min-heap of (key, value) pairs in typed arrays: numeric keys, int32 values. The
// matching solver pushes millions of entries and deletes lazily (stale entries are skipped when
// they reach the top), so there is no decrease-key and no per-entry object.

/** Min-heap of float keys with int32 payloads; grows as needed. */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  /** Adds an entry. */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest key (Infinity when empty). */
  topKey(): number {
    return this.size === 0 ? Number.POSITIVE_INFINITY : this.keys[0]!;
  }

  /** The value of the smallest entry; only meaningful when not empty. */
  topValue(): number {
    return this.values[0]!;
  }

  /** Removes the smallest entry. */
  pop(): void {
    const size = --this.size;
    if (size <= 0) {
      this.size = 0;
      return;
    }
    const keys = this.keys;
    const values = this.values;
    const key = keys[size]!;
    const value = values[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && keys[right]! < keys[child]!) child = right;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Empties the heap, keeping its storage. */
  clear(): void {
    this.size = 0;
  }

  private grow() {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
