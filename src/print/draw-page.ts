/**
 * One page of an export, drawn: its map on the hidden export map, then the whole page composed
 * at the paper's exact pixel size. What comes out — a {@link DrawnPage} — is the page model
 * every document writer (PNG, image PDF, and writers that set their own text) receives.
 */
import { MessageError, message } from '../domain/message.ts';
import { composePage, type DrawnScaleBar } from './compose-page.ts';
import { type RenderedMap, renderMapImage } from './export-map.ts';
import type { PageLayout } from './page-layout.ts';
import { printPixelRatio } from './paper.ts';
import { type PagePlan, type PrintSettings, pageDrawing, pageLayoutFor } from './plan-pages.ts';
import type { PrintSnapshot } from './print-snapshot.ts';
import { PRINT_STATE_SOURCES, printFeatureStates, printStyle } from './print-style.ts';

/** A page drawn for a document: what it says, where each part sits, and its pixels. */
export interface DrawnPage {
  /** 1-based position in the document. */
  number: number;
  /** What the page says: texts (in the page's language), legend rows, table, township. */
  plan: PagePlan;
  /** Where each part sits, in pixels of `image` (at the print resolution). */
  layout: PageLayout;
  settings: PrintSettings;
  /** The whole page composed (map, title, legend, table, scale bar, north arrow, footer), when the writer asked for it. */
  image: HTMLCanvasElement | null;
  /** The map alone (the layout's map size), when the writer asked for it; else null. */
  map: HTMLCanvasElement | null;
  /** The map's camera and ground scale as drawn. */
  rendered: Omit<RenderedMap, 'image'>;
  scaleBar: DrawnScaleBar | null;
  legendLabels: string[];
}

/** The steps of drawing a page, for progress. */
export type DrawStage = 'map' | 'compose';

/** A map's size in pixels and its device pixel ratio (how large symbols and labels come out). */
export interface MapSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** What a writer wants of a drawn page. */
export interface DrawOptions {
  /** Keep the map alone (a writer that sets its own text). */
  keepMap: boolean;
  /** Compose the whole page (a writer of page pictures). */
  compose: boolean;
  /** The map's size when not the printed page's map box. */
  mapSize: MapSize | null;
}

/**
 * Draws one page: its map at the print pixel ratio (or at the size the writer asks), then the
 * page around it when the writer wants the page whole.
 */
export async function drawPage(
  snapshot: PrintSnapshot,
  settings: PrintSettings,
  glyphsUrl: string,
  plan: PagePlan,
  number: number,
  options: DrawOptions,
  onStage: (stage: DrawStage) => void,
): Promise<DrawnPage> {
  const layout = pageLayoutFor(plan, settings, settings.dpi);
  const size = options.mapSize ?? {
    width: layout.map.width,
    height: layout.map.height,
    pixelRatio: printPixelRatio(settings.dpi),
  };
  onStage('map');
  const { image: mapImage, ...rendered } = await renderMapImage({
    style: printStyle(snapshot, glyphsUrl),
    ...size,
    extent: plan.extent,
    stateSources: PRINT_STATE_SOURCES,
    featureStates: printFeatureStates(snapshot, plan.highlight),
  });
  let image: HTMLCanvasElement | null = null;
  let composed: { scaleBar: DrawnScaleBar | null; legendLabels: string[] } = {
    scaleBar: null,
    legendLabels: [],
  };
  if (options.compose) {
    onStage('compose');
    image = document.createElement('canvas');
    image.width = layout.page.width;
    image.height = layout.page.height;
    const context = image.getContext('2d');
    if (!context) throw new MessageError(message('canvas2dUnavailable'));
    composed = composePage(context, pageDrawing(plan, layout, rendered.metresPerPixel), mapImage);
  }
  // A 300 DPI map image holds tens of megabytes: let it go unless the writer wants it.
  if (!options.keepMap) mapImage.width = 0;
  return {
    number,
    plan,
    layout,
    settings,
    image,
    map: options.keepMap ? mapImage : null,
    rendered,
    scaleBar: composed.scaleBar,
    legendLabels: composed.legendLabels,
  };
}

/** Frees a page's pixels once its writer has taken them. */
export function releasePage(page: DrawnPage): void {
  if (page.image) page.image.width = 0;
  if (page.map) page.map.width = 0;
}
