/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
 * A binary min-heap of (key, value) pairs in typed arrays, for Dijkstra's search. No decrease-key:
 * a better key is pushed again and the stale pair skipped when it comes out, which is simpler
 * and, on road graphs (few edges per node), as fast.
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  /** Pairs in the heap. */
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  /** Empties the heap (the storage is kept). */
  clear(): void {
    this.size = 0;
  }

  /** Adds a pair. */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    const keys = this.keys;
    const values = this.values;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      keys[at] = parentKey;
      values[at] = values[parent] ?? 0;
      at = parent;
    }
    keys[at] = key;
    values[at] = value;
  }

  /** The smallest key (Infinity when empty). */
  peekKey(): number {
    return this.size > 0 ? (this.keys[0] ?? 0) : Number.POSITIVE_INFINITY;
  }

  /** Removes the pair with the smallest key and returns its value; its key was `peekKey()`. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0] ?? 0;
    const last = --this.size;
    const key = keys[last] ?? 0;
    const value = values[last] ?? 0;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child++;
      if ((keys[child] ?? 0) >= key) break;
      keys[at] = keys[child] ?? 0;
      values[at] = values[child] ?? 0;
      at = child;
    }
    keys[at] = key;
    values[at] = value;
    return top;
  }
}
