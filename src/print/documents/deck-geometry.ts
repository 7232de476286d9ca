/**
 * Where a slide's map goes and at which resolution it is drawn, shared by the deck writer and
 * the export that draws the maps (which must not load the writer to know the size).
 */

/** Pixels per inch of a widescreen slide (13.333 × 7.5 inches) shown 1920 pixels wide: the projector's resolution. */
export const DECK_PIXELS_PER_INCH = 144;

/** Where a slide's map goes, inches from the slide's top-left corner. */
export const DECK_MAP_BOX = { x: 0.45, y: 1.35, width: 7.7, height: 5.35 } as const;

/**
 * The map picture's size in pixels for the deck: the map box at the projector's resolution.
 * @example deckMapPixels() // { width: 1109, height: 770 }
 */
export function deckMapPixels(): { width: number; height: number } {
  return {
    width: Math.round(DECK_MAP_BOX.width * DECK_PIXELS_PER_INCH),
    height: Math.round(DECK_MAP_BOX.height * DECK_PIXELS_PER_INCH),
  };
}
