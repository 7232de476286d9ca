/**
 * The hidden high-resolution map: one MapLibre map, created from the same style as the screen
 * (data inline), kept alive between the exports of a session because a new WebGL context costs
 * 5–17 s here, resized per page to the paper's size, its data loaded at a small pixel ratio until
 * `idle`, then drawn once at the print pixel ratio and copied pixel for pixel into an exact-size
 * 2D canvas.
 *
 * Sizes beyond the browser's WebGL limits are refused (see render-limits.ts), and a canvas that
 * the browser or MapLibre made smaller than asked is an error: a print is never silently blurred.
 */
import maplibregl, { type Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { type Message, MessageError, message } from '../domain/message.ts';
import { registerPmtilesProtocol } from '../map/basemap-archives.ts';
import { registerSchoolIcons, removeSchoolIcons } from '../map/school-icons.ts';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../map/theme.ts';
import { applyFeatureStates, type FeatureStateEntry } from './feature-states.ts';
import { jumpToExtent, type MapExtent } from './map-extent.ts';
import { PrintRefused, renderSizeProblem, type WebglLimits } from './render-limits.ts';
import { metresPerPixel } from './scale-bar.ts';

/** One map image to draw. */
export interface MapRenderRequest {
  style: StyleSpecification;
  /** Exact image size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  extent: MapExtent;
  /** Feature-state of these sources is replaced by `featureStates`. */
  stateSources: readonly string[];
  featureStates: readonly FeatureStateEntry[];
}

/** The drawn image and the camera it was drawn from. */
export interface RenderedMap {
  /** Exactly `width` × `height` pixels. */
  image: HTMLCanvasElement;
  zoom: number;
  centre: { lon: number; lat: number };
  /** Ground bounds of the image's edges. */
  bounds: { west: number; south: number; east: number; north: number };
  /** Device pixels per CSS pixel as drawn. */
  pixelRatio: number;
  /** Ground metres per image pixel along the centre's parallel. */
  metresPerPixel: number;
  /** Whether this render had to create the map (a new WebGL context). */
  createdMap: boolean;
  milliseconds: number;
}

interface ExportMapHandle {
  map: MapLibreMap;
  holder: HTMLDivElement;
  container: HTMLDivElement;
  limits: WebglLimits;
  iconRatio: number;
  style: StyleSpecification;
}

/**
 * Device pixels per CSS pixel while a page's data loads: a sixteenth of the pixels of a
 * 96 DPI screen, enough for MapLibre to place labels (placement is in CSS pixels) at little cost.
 */
const LOADING_PIXEL_RATIO = 0.25;

/**
 * How a page's data is loaded: on a small canvas and then drawn once at full size (the default),
 * or at full size throughout, a full-size frame per arriving tile — the earlier way, kept so the
 * benchmark can set the two side by side in one run.
 */
export type ExportDrawing = 'small-first' | 'full-size';

let drawing: ExportDrawing = 'small-first';

/** Chooses how the following pages load their data (see {@link ExportDrawing}). */
export function setExportDrawing(next: ExportDrawing): void {
  drawing = next;
}

/** How long one page may take to draw before the export gives up. */
const DRAW_TIMEOUT_MS = 180_000;

let handle: ExportMapHandle | null = null;
let queue: Promise<unknown> = Promise.resolve();

function webglLimits(canvas: HTMLCanvasElement): WebglLimits {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) throw new MessageError(message('printErrorNoWebgl'));
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return {
    maxTextureSize: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    maxRenderbufferSize: gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    maxViewportWidth: viewport[0] ?? 0,
    maxViewportHeight: viewport[1] ?? 0,
  };
}

function drawingBuffer(canvas: HTMLCanvasElement): { width: number; height: number } {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  return { width: gl?.drawingBufferWidth ?? 0, height: gl?.drawingBufferHeight ?? 0 };
}

/** The failure when a step of drawing takes too long, with the map's last error if it had one. */
function timedOut(step: Message, lastError: string): MessageError {
  return new MessageError(
    lastError
      ? message('printErrorTimeoutWithReason', { step, reason: lastError })
      : message('printErrorTimeout', { step }),
  );
}

function once(
  map: MapLibreMap,
  event: 'load' | 'style.load',
  timeoutMs: number,
  step: Message,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let lastError = '';
    const onError = (error: { error?: Error }) => {
      lastError = error.error?.message ?? '';
    };
    const timer = setTimeout(() => {
      map.off(event, done);
      map.off('error', onError);
      reject(timedOut(step, lastError));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      map.off('error', onError);
      resolve();
    };
    map.on('error', onError);
    map.once(event, done);
  });
}

/** Waits for a frame after which nothing is loading or being placed, then one more to be sure. */
async function drawnToIdle(map: MapLibreMap): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    await new Promise<void>((resolve, reject) => {
      let lastError = '';
      const onError = (error: { error?: Error }) => {
        lastError = error.error?.message ?? '';
      };
      const timer = setTimeout(() => {
        map.off('idle', done);
        map.off('error', onError);
        reject(timedOut(message('printStepDraw'), lastError));
      }, DRAW_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        map.off('error', onError);
        resolve();
      };
      map.on('error', onError);
      map.once('idle', done);
      map.triggerRepaint();
    });
    if (map.loaded()) return;
  }
}

async function createExportMap(style: StyleSpecification): Promise<ExportMapHandle> {
  const holder = document.createElement('div');
  holder.className = 'print-export-map';
  holder.setAttribute('aria-hidden', 'true');
  // Laid out (so the map has a size) but never painted or hit: a zero-size clipping box.
  holder.style.cssText =
    'position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none;';
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;left:0;top:0;width:64px;height:64px;';
  holder.append(container);
  document.body.append(holder);
  try {
    registerPmtilesProtocol(maplibregl);
    const map = new maplibregl.Map({
      container,
      style,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: 1,
      // Our own limit check decides; MapLibre's default (4096) would quietly lower the pixel ratio.
      maxCanvasSize: [16_384, 16_384],
      trackResize: false,
      renderWorldCopies: false,
      minZoom: 0,
      maxZoom: 22,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    });
    const created: ExportMapHandle = {
      map,
      holder,
      container,
      limits: webglLimits(map.getCanvas()),
      iconRatio: 1,
      style,
    };
    registerSchoolIcons(map, () => created.iconRatio);
    await once(map, 'load', DRAW_TIMEOUT_MS, message('printStepMapLoad'));
    return created;
  } catch (error) {
    holder.remove();
    throw error;
  }
}

/** Removes the export map and frees its WebGL context (leaving the print view, or after a failure). */
export function releaseExportMap(): void {
  const current = handle;
  handle = null;
  if (!current) return;
  try {
    current.map.remove();
  } finally {
    current.holder.remove();
  }
}

/**
 * Shrinks the export map's canvas back to a few pixels between jobs: a 300 DPI A3 canvas holds
 * some 200 MB of buffers. The map, its context and its loaded data stay for the next export.
 */
export function shrinkExportMap(): Promise<void> {
  const run = () => {
    if (!handle) return;
    handle.container.style.width = '64px';
    handle.container.style.height = '64px';
    handle.map.setPixelRatio(1);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** The WebGL limits of the export map, once it exists. */
export function exportMapLimits(): WebglLimits | null {
  return handle?.limits ?? null;
}

async function draw(request: MapRenderRequest): Promise<RenderedMap> {
  const started = performance.now();
  const createdMap = handle === null;
  handle ??= await createExportMap(request.style);
  const current = handle;
  const { map, container } = current;
  const ratio = request.pixelRatio;
  const cssWidth = Math.ceil(request.width / ratio - 1e-9);
  const cssHeight = Math.ceil(request.height / ratio - 1e-9);
  const canvasWidth = Math.floor(cssWidth * ratio);
  const canvasHeight = Math.floor(cssHeight * ratio);
  const problem = renderSizeProblem(canvasWidth, canvasHeight, current.limits);
  if (problem) throw new PrintRefused(problem);

  container.style.width = `${cssWidth}px`;
  container.style.height = `${cssHeight}px`;
  // The data is loaded on a small canvas: MapLibre draws a frame each time a tile arrives, and in
  // software WebGL every full-size frame costs about as much as the page itself. Which tiles and
  // labels a page needs depends on its size in CSS pixels only, so the page is then drawn once at
  // its own pixel ratio with everything in hand.
  const loadingRatio = drawing === 'small-first' ? Math.min(ratio, LOADING_PIXEL_RATIO) : ratio;
  map.setPixelRatio(loadingRatio);

  if (Math.ceil(ratio) !== current.iconRatio) {
    current.iconRatio = Math.ceil(ratio);
    removeSchoolIcons(map);
  }
  if (request.style !== current.style) {
    map.setStyle(request.style, { diff: true });
    current.style = request.style;
  }
  if (!request.stateSources.every((source) => map.getSource(source))) {
    await once(map, 'style.load', DRAW_TIMEOUT_MS, message('printStepStyleLoad'));
  }
  applyFeatureStates(map, request.stateSources, request.featureStates);

  if (!jumpToExtent(map, request.extent, cssWidth, cssHeight)) {
    throw new MessageError(message('printErrorNoCamera'));
  }
  await drawnToIdle(map);

  if (loadingRatio !== ratio) map.setPixelRatio(ratio);
  const canvas = map.getCanvas();
  const buffer = drawingBuffer(canvas);
  if (
    canvas.width < request.width ||
    canvas.height < request.height ||
    buffer.width !== canvas.width ||
    buffer.height !== canvas.height
  ) {
    throw new PrintRefused(
      message('printErrorCanvasTooSmall', {
        width: buffer.width,
        height: buffer.height,
        neededWidth: request.width,
        neededHeight: request.height,
      }),
    );
  }
  if (loadingRatio !== ratio) {
    // Everything is loaded and placed: one synchronous frame at full size is the page. Should
    // the resize have left something to load after all, wait for it as before.
    map.redraw();
    if (!map.loaded()) await drawnToIdle(map);
  }

  // Centre the exact-size image on the canvas (which may be a pixel or two larger).
  const offsetX = Math.floor((canvas.width - request.width) / 2);
  const offsetY = Math.floor((canvas.height - request.height) / 2);
  const image = document.createElement('canvas');
  image.width = request.width;
  image.height = request.height;
  const context = image.getContext('2d');
  if (!context) throw new MessageError(message('canvas2dUnavailable'));
  context.drawImage(
    canvas,
    offsetX,
    offsetY,
    request.width,
    request.height,
    0,
    0,
    request.width,
    request.height,
  );

  const effectiveRatio = canvas.width / cssWidth;
  const northWest = map.unproject([offsetX / effectiveRatio, offsetY / effectiveRatio]);
  const southEast = map.unproject([
    (offsetX + request.width) / effectiveRatio,
    (offsetY + request.height) / effectiveRatio,
  ]);
  const centre = map.getCenter();
  const zoom = map.getZoom();
  return {
    image,
    zoom,
    centre: { lon: centre.lng, lat: centre.lat },
    bounds: { west: northWest.lng, north: northWest.lat, east: southEast.lng, south: southEast.lat },
    pixelRatio: effectiveRatio,
    metresPerPixel: metresPerPixel(zoom, centre.lat, effectiveRatio),
    createdMap,
    milliseconds: performance.now() - started,
  };
}

/**
 * Draws one map image on the shared hidden map. Calls are queued (one map, one page at a time).
 * A failure removes the map, so the next export starts from a fresh one.
 */
export function renderMapImage(request: MapRenderRequest): Promise<RenderedMap> {
  const run = async () => {
    try {
      return await draw(request);
    } catch (error) {
      // A refused size leaves the map as it was; anything else may have left it half-drawn.
      if (!(error instanceof PrintRefused)) releaseExportMap();
      throw error;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
