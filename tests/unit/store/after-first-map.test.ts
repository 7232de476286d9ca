/**
 * The analysis and the seats wait for the plain map's first drawing: at once on any other
 * screen, on the plain map when the mark is set, the screen is left, or the wait runs out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { afterFirstMap } from '../../../src/store/after-first-map.ts';
import { createAtlasStore } from '../../../src/store/index.ts';

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

let markCount = 0;
/** A mark name of its own per test, so marks of one test never release another. */
function freshMark(): string {
  markCount += 1;
  return `test:first-map-idle-${markCount}-${Date.now()}`;
}

afterEach(() => {
  performance.clearMarks();
});

describe('afterFirstMap', () => {
  it('waits on the plain map until the first drawing is marked', async () => {
    const store = createAtlasStore();
    const mark = freshMark();
    const waiting = afterFirstMap(store, mark);
    expect(store.getState().view).toBe('map');
    expect(await settled(waiting)).toBe(false);
    performance.mark(mark);
    expect(await settled(waiting)).toBe(true);
  });

  it('starts at once on another screen, or when the plain map is left', async () => {
    const elsewhere = createAtlasStore();
    elsewhere.getState().setView('seats');
    expect(await settled(afterFirstMap(elsewhere, freshMark()))).toBe(true);

    const store = createAtlasStore();
    const waiting = afterFirstMap(store, freshMark());
    expect(await settled(waiting)).toBe(false);
    store.getState().setView('analysis');
    expect(await settled(waiting)).toBe(true);
  });

  it('finds a mark set before it was asked, and gives up waiting after a while', async () => {
    const store = createAtlasStore();
    const mark = freshMark();
    performance.mark(mark);
    expect(await settled(afterFirstMap(store, mark))).toBe(true);
    expect(await settled(afterFirstMap(store, freshMark(), 50))).toBe(false);
    const short = afterFirstMap(store, freshMark(), 30);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await settled(short)).toBe(true);
  });
});
