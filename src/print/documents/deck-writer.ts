/**
 * The slide deck of an export: each page's map alone, drawn for the slide's map box at the
 * projector's resolution, then the deck of the 演示 sequence (title slide, the district with the
 * plan's targets, the chosen townships with their rules and coverage) written by pptxgenjs.
 */
import { evaluateTargets } from '../../analysis/evaluate-targets.ts';
import { translatorFor } from '../page-content.ts';
import { printPixelRatio } from '../paper.ts';
import type { PagePlan } from '../plan-pages.ts';
import { buildDeckModel } from './build-deck-model.ts';
import type { WriterContext } from './create-document-writer.ts';
import { DECK_PIXELS_PER_INCH, deckMapPixels } from './deck-geometry.ts';
import type { MapPicture } from './document-model.ts';
import type { DocumentWriter } from './document-writer.ts';
import { mapPicture } from './map-pages.ts';
import { writePptxDeck } from './write-pptx-deck.ts';

const MIME_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A writer of the slide deck. */
export function createDeckWriter(context: WriterContext): DocumentWriter {
  const { snapshot, settings } = context;
  const plans: PagePlan[] = [];
  const pictures = new Map<string, MapPicture>();
  return {
    mimeType: MIME_TYPE,
    wantsMapImage: true,
    wantsPageImage: false,
    textAsImage: false,
    extension: 'pptx',
    fileTitle: translatorFor(snapshot.language)('documentsDeckFileName', { district: snapshot.districtName }),
    mapSize: () => ({ ...deckMapPixels(), pixelRatio: printPixelRatio(DECK_PIXELS_PER_INCH) }),
    async addPage(drawn) {
      plans.push(drawn.plan);
      pictures.set(drawn.plan.key, await mapPicture(drawn, DECK_PIXELS_PER_INCH));
    },
    async finish() {
      const targets = snapshot.ruleSet ? evaluateTargets(snapshot.schools, snapshot.ruleSet) : [];
      const model = buildDeckModel({
        snapshot,
        settings,
        targets,
        pages: plans,
        pictureOf: (key) => pictures.get(key) ?? null,
      });
      return new Blob([(await writePptxDeck(model)) as BlobPart], { type: MIME_TYPE });
    },
    written: () => ({ sheets: plans.length + 1, files: [] }),
  };
}
