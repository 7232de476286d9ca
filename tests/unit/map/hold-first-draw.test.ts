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

/**
 * A map whose painter draws with a stand-in WebGL context (its drawing calls counted on the
 * prototype, as the browser's are reached) and whose style has sources with or without tiles.
 */
function preparingMap() {
  const canvas = { drawn: 0, linked: [] as string[] };
  class Gl {
    drawElements() {
      canvas.drawn += 1;
    }
    drawArrays() {
      canvas.drawn += 1;
    }
    clear() {
      canvas.drawn += 1;
    }
    linkProgram(name: string) {
      canvas.linked.push(name);
    }
  }
  const gl = new Gl();
  const tiles: Record<string, number> = { district: 0, schools: 0 };
  const style = {
    tileManagers: Object.fromEntries(
      Object.keys(tiles).map((id) => [
        id,
        { getRenderableIds: () => Array.from({ length: tiles[id] ?? 0 }) },
      ]),
    ),
  };
  let renders = 0;
  const painter = {
    style: undefined as unknown,
    context: { gl },
    failing: false,
    render(
      this: { style: unknown; context: { gl: Gl }; failing: boolean },
      given: unknown,
      _options: unknown,
    ) {
      this.style = given;
      renders += 1;
      if (this.failing) throw new Error('not ready');
      // What MapLibre's render does: clears, links the programs its layers need, draws.
      this.context.gl.clear();
      for (const [id, count] of Object.entries(tiles)) {
        if (count === 0) continue;
        this.context.gl.linkProgram(id);
        this.context.gl.drawElements();
      }
    },
  };
  const map = {
    isLoaded: false,
    _placementDirty: false,
    painter,
    loaded() {
      return this.isLoaded;
    },
    frame() {
      map.painter.render(style, {});
    },
  };
  return { map, gl, canvas, tiles, style, renders: () => renders };
}

describe('preparing the first frame while it is held', () => {
  it("links the programs and uploads each source's first tiles without drawing on the canvas", () => {
    const { map, gl, canvas, tiles, renders } = preparingMap();
    holdFirstDraw(map, 10_000, () => 0);
    map.frame();
    // No tile yet: nothing to prepare.
    expect(renders()).toBe(0);
    tiles.district = 2;
    map.frame();
    expect(renders()).toBe(1);
    expect(canvas.linked).toEqual(['district']);
    expect(canvas.drawn).toBe(0);
    // The drawing calls are the context's own again once the pass is over.
    expect(Object.keys(gl)).toEqual([]);
    gl.drawArrays();
    expect(canvas.drawn).toBe(1);
    canvas.drawn = 0;
    // More tiles of a source already prepared: no new pass.
    tiles.district = 6;
    map.frame();
    expect(renders()).toBe(1);
    tiles.schools = 1;
    map.frame();
    expect(renders()).toBe(2);
    // Every tile in but the labels not yet placed: one more pass, still nothing drawn.
    map.isLoaded = true;
    map._placementDirty = true;
    map.frame();
    map.frame();
    expect(renders()).toBe(3);
    expect(canvas.drawn).toBe(0);
    // Then the one real frame draws.
    map._placementDirty = false;
    map.frame();
    expect(renders()).toBe(4);
    expect(canvas.drawn).toBe(3);
  });

  it('leaves the work to the first frame when a pass fails, and keeps a drawing call set on the context', () => {
    const { map, gl, canvas, tiles, renders } = preparingMap();
    const own = () => {
      canvas.drawn += 10;
    };
    Object.defineProperty(gl, 'clear', { value: own, writable: true, configurable: true });
    holdFirstDraw(map, 10_000, () => 0);
    map.painter.failing = true;
    tiles.district = 1;
    map.frame();
    expect(renders()).toBe(1);
    expect(gl.clear).toBe(own);
    expect(Object.keys(gl)).toEqual([]);
    map.painter.failing = false;
    tiles.schools = 1;
    map.frame();
    // No pass after a failure.
    expect(renders()).toBe(1);
    map.isLoaded = true;
    map.frame();
    expect(renders()).toBe(2);
    expect(canvas.drawn).toBe(12);
  });

  it('prepares nothing when the style does not say which sources have tiles', () => {
    const { map, tiles, style, renders } = preparingMap();
    (style as { tileManagers?: unknown }).tileManagers = undefined;
    holdFirstDraw(map, 10_000, () => 0);
    tiles.district = 1;
    map.frame();
    expect(renders()).toBe(0);
  });
});
