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
  };
  return release;
}
