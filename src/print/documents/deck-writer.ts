/**
 * The slide deck of an export: each page's map alone, drawn for the slide's map box at the
 * projector's resolution, then the deck of the 演示 sequence (title slide, the district with the
 * plan's targets, the chosen townships with their rules and coverage) written by pptxgenjs.
 */
import { translatorFor } from '../page-content.ts';
import { printPixelRatio } from '../paper.ts';
import { buildDeckModel } from './build-deck-model.ts';
import { DECK_PIXELS_PER_INCH, deckMapPixels } from './deck-geometry.ts';
import type { DocumentWriter, WriterContext } from './document-writer.ts';
import { collectPictures, snapshotTargets } from './map-pages.ts';
import { writePptxDeck } from './write-pptx-deck.ts';

const MIME_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A writer of the slide deck. */
export function createDeckWriter(context: WriterContext): DocumentWriter {
  const { snapshot, settings } = context;
  const pages = collectPictures(DECK_PIXELS_PER_INCH);
  return {
    mimeType: MIME_TYPE,
    wantsMapImage: true,
    wantsPageImage: false,
    textAsImage: false,
    extension: 'pptx',
    fileTitle: translatorFor(snapshot.language)('documentsDeckFileName', { district: snapshot.districtName }),
    mapSize: () => ({ ...deckMapPixels(), pixelRatio: printPixelRatio(DECK_PIXELS_PER_INCH) }),
    addPage: (drawn) => pages.add(drawn),
    async finish() {
      const model = buildDeckModel({
        snapshot,
        settings,
        targets: snapshotTargets(snapshot),
        pages: pages.plans,
        pictureOf: pages.pictureOf,
      });
      return new Blob([(await writePptxDeck(model)) as BlobPart], { type: MIME_TYPE });
    },
    written: () => ({ sheets: pages.plans.length + 1, files: [] }),
  };
}
