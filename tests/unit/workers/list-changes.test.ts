/**
 * A list as changes: applying the changes between two lists to the first gives the second, item
 * for item the same objects, for random sequences of edits of every sort.
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { applySplices, diffList, insertedCount } from '../../../src/workers/list-changes.ts';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  const generator = createSeededRandom(seed);
  return () => generator.next();
}

interface Item {
  id: number;
}

/** One to four random edits of `list`: replace, insert, remove, move, duplicate, swap, reverse a stretch. */
function edit(list: readonly Item[], next: () => number, made: { count: number }): Item[] {
  const result = [...list];
  const at = () => Math.floor(next() * (result.length + 1));
  const edits = 1 + Math.floor(next() * 4);
  for (let step = 0; step < edits; step++) {
    const choice = Math.floor(next() * 7);
    const position = Math.min(at(), Math.max(result.length - 1, 0));
    if (choice === 0 && result.length > 0) result[position] = { id: made.count++ };
    else if (choice === 1) result.splice(at(), 0, { id: made.count++ }, { id: made.count++ });
    else if (choice === 2 && result.length > 0) result.splice(position, 1 + Math.floor(next() * 3));
    else if (choice === 3 && result.length > 1) {
      const [moved] = result.splice(position, 1);
      result.splice(at(), 0, moved as Item);
    } else if (choice === 4 && result.length > 0) result.splice(at(), 0, result[position] as Item);
    else if (choice === 5 && result.length > 1) {
      const other = Math.min(at(), result.length - 1);
      [result[position], result[other]] = [result[other] as Item, result[position] as Item];
    } else if (choice === 6 && result.length > 2) {
      const stretch = result.slice(position, position + 5).reverse();
      result.splice(position, stretch.length, ...stretch);
    }
  }
  return result;
}

/** Same items in the same order, compared by identity. */
function expectSameItems(actual: readonly Item[], expected: readonly Item[]): void {
  expect(actual.length).toBe(expected.length);
  const differing = actual.findIndex((item, index) => item !== expected[index]);
  expect(differing).toBe(-1);
}

describe('diffList and applySplices', () => {
  it('turn a list into the next one through random sequences of edits', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const made = { count: 0 };
      let list: Item[] = Array.from({ length: Math.floor(next() * 40) }, () => ({ id: made.count++ }));
      // The far side's copy, kept only through the changes.
      let far = applySplices([], diffList([], list));
      expectSameItems(far, list);
      for (let step = 0; step < 40; step++) {
        const edited = edit(list, next, made);
        const splices = diffList(list, edited);
        let position = 0;
        for (const splice of splices) {
          expect(splice.at).toBeGreaterThanOrEqual(position);
          position = splice.at + splice.remove;
        }
        far = applySplices(far, splices);
        expectSameItems(far, edited);
        list = edited;
      }
    }
  });

  it('carries only what changed: one item replaced in 30,000 is one item', () => {
    const list = Array.from({ length: 30_000 }, (_, id) => ({ id }));
    const edited = [...list];
    edited[12_345] = { id: -1 };
    const splices = diffList(list, edited);
    expect(splices).toEqual([{ at: 12_345, remove: 1, insert: [{ id: -1 }] }]);
    // Two far apart, one removed: still only those.
    const second = [...edited];
    second.splice(29_000, 1);
    second[10] = { id: -2 };
    const changes = diffList(edited, second);
    expect(insertedCount(changes)).toBe(1);
    expectSameItems(applySplices(edited, changes), second);
    expect(diffList(list, list)).toEqual([]);
  });

  it('refuses changes that do not fit the list', () => {
    expect(() => applySplices([{ id: 1 }], [{ at: 1, remove: 1, insert: [] }])).toThrow(RangeError);
    expect(() =>
      applySplices(
        [{ id: 1 }, { id: 2 }],
        [
          { at: 1, remove: 0, insert: [] },
          { at: 0, remove: 1, insert: [] },
        ],
      ),
    ).toThrow(RangeError);
  });
});
