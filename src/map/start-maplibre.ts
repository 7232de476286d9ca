/**
 * Asks for MapLibre as the very first thing the entry does: imported first by `main.tsx`, this
 * module runs before the rest of the app's modules are evaluated, so the download of the map's
 * largest chunk starts that much sooner (the first map waits for it, not for the data set).
 */
import { loadMapLibre } from './load-maplibre.ts';

void loadMapLibre().catch(() => undefined);
