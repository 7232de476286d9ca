import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { MinHeap } from '../../../src/analysis/travel/min-heap.ts';

describe('MinHeap', () => {
  it('gives its pairs back smallest key first, growing past its first capacity', () => {
    const random = createSeededRandom(7);
    const heap = new MinHeap(16);
    const keys = Array.from({ length: 500 }, () => Math.floor(random.next() * 100));
    keys.forEach((key, value) => {
      heap.push(key, value);
    });
    const popped: number[] = [];
    while (heap.size > 0) {
      const key = heap.peekKey();
      const value = heap.pop();
      expect(keys[value]).toBe(key);
      popped.push(key);
    }
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.peekKey()).toBe(Number.POSITIVE_INFINITY);
  });
});
