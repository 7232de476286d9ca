/**
 * A binary max-heap of (bound, item) pairs in typed arrays, the engine of every lazy search
 * here: larger bound first, the lower item first among equal bounds — the order of the picks
 * themselves, so that the top's key, once fresh, beats every other item's true key.
 */
export class BoundHeap {
  private bounds: Float64Array;
  private items: Int32Array;
  /** Entries in the heap. */
  size = 0;

  /** An empty heap with room for `capacity` entries (it grows when needed). */
  constructor(capacity: number) {
    this.bounds = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }

  private above(a: number, b: number): boolean {
    const boundA = this.bounds[a] ?? 0;
    const boundB = this.bounds[b] ?? 0;
    return boundA > boundB || (boundA === boundB && (this.items[a] ?? 0) < (this.items[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    const bound = this.bounds[a] ?? 0;
    const item = this.items[a] ?? 0;
    this.bounds[a] = this.bounds[b] ?? 0;
    this.items[a] = this.items[b] ?? 0;
    this.bounds[b] = bound;
    this.items[b] = item;
  }

  private down(from: number): void {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let best = at;
      if (left < this.size && this.above(left, best)) best = left;
      if (right < this.size && this.above(right, best)) best = right;
      if (best === at) return;
      this.swap(at, best);
      at = best;
    }
  }

  private grow(): void {
    const bounds = new Float64Array(this.items.length * 2);
    const items = new Int32Array(this.items.length * 2);
    bounds.set(this.bounds);
    items.set(this.items);
    this.bounds = bounds;
    this.items = items;
  }

  /** Adds an entry in its place. */
  push(bound: number, item: number): void {
    if (this.size === this.items.length) this.grow();
    let at = this.size++;
    this.bounds[at] = bound;
    this.items[at] = item;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.above(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** Adds without ordering; call {@link heapify} before the first pop. */
  append(bound: number, item: number): void {
    if (this.size === this.items.length) this.grow();
    this.bounds[this.size] = bound;
    this.items[this.size] = item;
    this.size++;
  }

  /** Orders the entries appended so far. */
  heapify(): void {
    for (let at = (this.size >> 1) - 1; at >= 0; at--) this.down(at);
  }

  /** The item on top (−1 when empty). */
  topItem(): number {
    return this.size > 0 ? (this.items[0] ?? -1) : -1;
  }

  /** The bound on top (0 when empty). */
  topBound(): number {
    return this.size > 0 ? (this.bounds[0] ?? 0) : 0;
  }

  /** Removes the top entry. */
  pop(): void {
    if (this.size === 0) return;
    this.size--;
    if (this.size === 0) return;
    this.bounds[0] = this.bounds[this.size] ?? 0;
    this.items[0] = this.items[this.size] ?? 0;
    this.down(0);
  }
}
