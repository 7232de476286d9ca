/**
 * The map pictures of a document, drawn on the print view's hidden export map (one map, kept
 * between exports) from the same style as the screen, and encoded as JPEG: a map picture has
 * soft edges and many colours, and a JPEG of an A4 map at 300 DPI is a tenth of its PNG.
 * Browser only.
 */

import { message } from '../../domain/message.ts';
import { type RenderedMap, renderMapImage } from '../export-map.ts';
import type { PagePlan } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import { PRINT_STATE_SOURCES, printFeatureStates, printStyle } from '../print-style.ts';
import { DocumentError, type MapPicture } from './document-model.ts';

/** JPEG quality of map pictures: text on the map stays clean, files stay small. */
const JPEG_QUALITY = 0.9;

/** The size a picture is drawn at: pixels, and device pixels per CSS pixel (symbol and label size). */
export interface PictureSize {
  width: number;
  height: number;
  pixelRatio: number;
  /** Pixels per inch on paper or screen, recorded with the picture. */
  dpi: number;
}

/** How long a picture took to draw, and whether the export map had to be made for it. */
export interface PictureTiming {
  milliseconds: number;
  createdMap: boolean;
}

function encodeJpeg(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) {
          reject(new DocumentError(message('documentsEncodeFailed')));
          return;
        }
        blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
      },
      'image/jpeg',
      JPEG_QUALITY,
    );
  });
}

/** Draws one page's map on the export map. */
export function renderPageMap(
  snapshot: PrintSnapshot,
  plan: PagePlan,
  size: PictureSize,
  glyphsUrl: string,
): Promise<RenderedMap> {
  return renderMapImage({
    style: printStyle(snapshot, glyphsUrl),
    width: size.width,
    height: size.height,
    pixelRatio: size.pixelRatio,
    extent: plan.extent,
    stateSources: PRINT_STATE_SOURCES,
    featureStates: printFeatureStates(snapshot, plan.highlight),
  });
}

/**
 * Draws one page's map and encodes it as a JPEG picture.
 * @throws RangeError (with the reason) when the size is beyond the browser's WebGL limits
 */
export async function renderMapPicture(
  snapshot: PrintSnapshot,
  plan: PagePlan,
  size: PictureSize,
  glyphsUrl: string,
): Promise<{ picture: MapPicture; timing: PictureTiming }> {
  const rendered = await renderPageMap(snapshot, plan, size, glyphsUrl);
  try {
    const bytes = await encodeJpeg(rendered.image);
    return {
      picture: {
        bytes,
        format: 'jpeg',
        width: size.width,
        height: size.height,
        dpi: size.dpi,
        metresPerPixel: rendered.metresPerPixel,
      },
      timing: { milliseconds: rendered.milliseconds, createdMap: rendered.createdMap },
    };
  } finally {
    // The canvas holds the picture's pixels until it is sized down.
    rendered.image.width = 0;
  }
}
