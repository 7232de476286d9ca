/**
 * The first draw held until the first view is complete, against a stand-in for MapLibre's map
 * and painter: what reaches the real `render`, when, and what the held calls leave behind.
 */
import { describe, expect, it } from 'vitest';
import { holdFirstDraw } from '../../../src/map/hold-first-draw.ts';

/** A map whose render loop is driven by hand: `frame()` is one pass of MapLibre's `_render`. */
function fakeMap(withPainter = true) {
  const drawn: unknown[] = [];
  const painter = {
    style: undefined as unknown,
    render(style: unknown, _options: unknown) {
      this.style = style;
      drawn.push(style);
    },
  };
  const map = {
    isLoaded: false,
    _placementDirty: undefined as boolean | undefined,
    transitions: false,
    style: {
      hasTransitions: () => map.transitions,
    },
    painter: withPainter ? painter : undefined,
    loaded() {
      return this.isLoaded;
    },
    frame(style: unknown) {
      map.painter?.render(style, {});
    },
  };
  return { map, painter, drawn };
}

describe('holding the first draw', () => {
  it('draws nothing until the tiles are in, the labels placed and no transition runs, but hands the style to the painter', () => {
    const { map, painter, drawn } = fakeMap();
    const original = painter.render;
    holdFirstDraw(map, 10_000, () => 0);
    map._placementDirty = false;
    map.frame('style-1');
    expect(drawn).toEqual([]);
    // Tiles that come in now look their layers up in the painter's style.
    expect(painter.style).toBe('style-1');
    map.isLoaded = true;
    map._placementDirty = true;
    map.frame('style-1');
    expect(drawn).toEqual([]);
    map._placementDirty = false;
    // A transition running would ask for one more frame: not yet.
    map.transitions = true;
    map.frame('style-2');
    expect(drawn).toEqual([]);
    map.transitions = false;
    map.frame('style-2');
    expect(drawn).toEqual(['style-2']);
    // Then MapLibre's own render again, every frame.
    expect(painter.render).toBe(original);
    map.isLoaded = false;
    map.frame('style-3');
    expect(drawn).toEqual(['style-2', 'style-3']);
  });

  it('draws what it has once the limit has passed', () => {
    const { map, drawn } = fakeMap();
    let now = 1_000;
    holdFirstDraw(map, 500, () => now);
    map.frame('a');
    now = 1_499;
    map.frame('b');
    expect(drawn).toEqual([]);
    now = 1_500;
    map.frame('c');
    expect(drawn).toEqual(['c']);
  });

  it('ends when released, and without the placement flag once the tiles are in', () => {
    const { map, drawn } = fakeMap();
    const release = holdFirstDraw(map, 10_000, () => 0);
    map.frame('a');
    release();
    map.frame('b');
    expect(drawn).toEqual(['b']);
    const other = fakeMap();
    holdFirstDraw(other.map, 10_000, () => 0);
    other.map.frame('a');
    other.map.isLoaded = true;
    other.map.frame('b');
    expect(other.drawn).toEqual(['b']);
  });

  it('leaves a map without a painter alone', () => {
    const { map } = fakeMap(false);
    expect(() => holdFirstDraw(map)()).not.toThrow();
    expect(map.painter).toBeUndefined();
  });
});
