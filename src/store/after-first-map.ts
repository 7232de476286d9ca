/**
 * When work whose results the plain map screen does not draw may start: at once on any other
 * screen; on the plain map, once its first drawing is done (the performance mark the map sets),
 * or the user leaves that screen, or after a while in case the map never draws (no WebGL) —
 * whichever comes first. Until then the map's first drawing has the processor to itself.
 */
import type { AtlasStore } from './index.ts';

/** How long the plain map's first drawing may hold the work back at most. */
export const FIRST_MAP_WAIT_MS = 10_000;

/**
 * Resolves when the work may start (see the file's comment).
 * @param mark the mark the map sets on its first complete drawing
 */
export function afterFirstMap(store: AtlasStore, mark: string, waitMs = FIRST_MAP_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().view !== 'map') {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(mark).length > 0) done();
    });
    const unsubscribe = store.subscribe(
      (state) => state.view,
      (view) => {
        if (view !== 'map') done();
      },
    );
    const timer = setTimeout(done, waitMs);
    function done() {
      observer.disconnect();
      unsubscribe();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'mark', buffered: true });
  });
}
