/**
 * The map draws its first view once, complete. MapLibre draws a frame whenever tiles come in: the
 * background, then the district, then the townships, names and schools, 5–8 frames before the
 * first `idle`, and in headless Chromium's software GL each frame is a nearly fixed cost on the
 * GPU process (≈ 100–250 ms) that the page's main thread then waits for. Holding the painter back
 * until every source's tiles are in, the labels are placed and no transition runs leaves one
 * frame to draw; the map's
 * own work (sources, tiles, placement, transitions) goes on meanwhile as before, and the container shows the
 * map's background colour until then.
 *
 * This reaches into MapLibre's painter (not public API): the map's `painter.render(style, options)`,
 * the `_placementDirty` flag its render loop sets just before calling it, and its style's
 * `hasTransitions()` (maplibre-gl 5.24).
 * Without a painter nothing is held; without the flag the hold ends once the tiles are in. The hold ends at the first complete frame, or after
 * `limitMs` (a source that never finishes, e.g. an online basemap on a slow network, must not keep
 * the map blank), or when the returned function is called.
 *
 * While held, the painter also prepares the first frame without drawing it: each time a source's
 * first tiles are in (and once more when every tile is), it runs its `render` with the WebGL calls
 * that change the canvas (`drawElements`, `drawArrays`, `clear`) silenced, so the WebGL programs
 * the layers need are linked and the tiles' buffers and atlases uploaded while the map's worker is
 * still laying out the other tiles, rather than all inside the one frame at the end (12 programs
 * there, each a wait for the GPU process). Nothing reaches the canvas, so no frame is drawn; the
 * frame at the end renders everything again from the style, as it would have.
 */

/**
 * The longest the first drawing is held, in ms: past it the map draws what it has, as it comes —
 * an online basemap on a slow network shows its tiles as they arrive rather than a blank map.
 */
export const FIRST_DRAW_HOLD_LIMIT_MS = 5_000;

/** The part of MapLibre's painter the hold replaces for a while. */
interface HeldPainter {
  render: (style: unknown, options: unknown) => void;
  /** Set by `render`; tiles read it when their data come in (their layers are looked up in it). */
  style?: unknown;
  /** The painter's WebGL context (`context.gl`): its drawing calls are silenced while preparing. */
  context?: { gl?: object };
}

/** The WebGL calls by which a render changes what the canvas shows (MapLibre uses no others). */
const DRAWING_CALLS = ['drawElements', 'drawArrays', 'clear'] as const;

/** A source of the style as the painter reads it: the tiles it can draw now. */
interface TileManagerInternals {
  getRenderableIds?: () => unknown[];
}

/**
 * How many of `style`'s sources have a tile that can be drawn; null when MapLibre's style does not
 * say (another version), in which case nothing is prepared ahead.
 */
function sourcesWithTiles(style: unknown): number | null {
  const managers = (style as { tileManagers?: Record<string, TileManagerInternals> } | null)?.tileManagers;
  if (!managers || typeof managers !== 'object') return null;
  let count = 0;
  for (const manager of Object.values(managers)) {
    if (typeof manager?.getRenderableIds !== 'function') return null;
    if (manager.getRenderableIds().length > 0) count += 1;
  }
  return count;
}

/**
 * Runs `run` with `gl`'s drawing calls made to do nothing (own properties over the prototype's
 * methods), and puts them back after, whatever happens.
 */
function withoutDrawing(gl: object, run: () => void): void {
  const target = gl as Record<string, unknown>;
  const kept = DRAWING_CALLS.map((name) => Object.getOwnPropertyDescriptor(target, name));
  for (const name of DRAWING_CALLS) target[name] = () => {};
  try {
    run();
  } finally {
    DRAWING_CALLS.forEach((name, index) => {
      const descriptor = kept[index];
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    });
  }
}

/** The map as the hold sees it: whether everything is in, and its painter. */
export interface HoldableMap {
  loaded(): boolean;
}

interface MapInternals {
  painter?: Partial<HeldPainter>;
  _placementDirty?: unknown;
  style?: { hasTransitions?: () => boolean };
}

/**
 * Holds `map`'s drawing until its first complete frame; returns the function that ends the hold.
 * @example
 * const release = holdFirstDraw(map);
 * map.once('idle', release);
 */
export function holdFirstDraw(
  map: HoldableMap,
  limitMs: number = FIRST_DRAW_HOLD_LIMIT_MS,
  now: () => number = () => performance.now(),
): () => void {
  const internals = map as unknown as MapInternals;
  const painter = internals.painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') return () => {};
  const until = now() + limitMs;
  let held = true;
  // What the last preparing pass saw: the sources with tiles, and whether every tile was in.
  let prepared = { sources: 0, loaded: false };
  let preparing = true;
  const prepare = (self: HeldPainter, style: unknown, options: unknown) => {
    const gl = self.context?.gl;
    const sources = sourcesWithTiles(style);
    if (!preparing || !gl || sources === null) return;
    const loaded = map.loaded();
    if (sources <= prepared.sources && loaded === prepared.loaded) return;
    prepared = { sources, loaded };
    try {
      withoutDrawing(gl, () => render.call(self, style, options));
    } catch {
      // A pass MapLibre could not run before its first frame: leave the work to that frame.
      preparing = false;
    }
  };
  const release = () => {
    if (!held) return;
    held = false;
    painter.render = render;
  };
  painter.render = function (this: HeldPainter, style: unknown, options: unknown) {
    // A transition still running (the style's sky restarts one of 300 ms at every style change,
    // e.g. each school icon added) asks for one more frame after this one: wait for its end too.
    // Without the flag or the method (another MapLibre), the loaded map is drawn: at worst one
    // frame more.
    const complete =
      map.loaded() && internals._placementDirty !== true && internals.style?.hasTransitions?.() !== true;
    if (complete || now() >= until) {
      release();
      render.call(this, style, options);
      return;
    }
    // What `render` would set first: tiles arriving before the first frame need the style.
    this.style = style;
    prepare(this, style, options);
  };
  return release;
}
