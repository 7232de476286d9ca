/**
 * A drawn page as the document writers take it: the page's texts, legend and table, the notes
 * that apply (approximate boundaries, sample roster, modelled population), and its map encoded as
 * a JPEG picture — a map picture has soft edges and many colours, and a JPEG of an A4 map at
 * 300 DPI is a tenth of its PNG.
 */
import { evaluateTargets, type TargetProgress } from '../../analysis/evaluate-targets.ts';
import { MessageError, message } from '../../domain/message.ts';
import { translateMessage } from '../../i18n/index.ts';
import { creditLine } from '../credits.ts';
import type { DrawnPage } from '../draw-page.ts';
import { translatorFor } from '../page-content.ts';
import type { PagePlan } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import type { MapPage, MapPicture } from './document-model.ts';
import { encodeCanvas } from './encode-canvas.ts';

/** JPEG quality of map pictures: labels on the map stay clean, files stay small. */
const JPEG_QUALITY = 0.9;

/**
 * The notes a document prints wherever they apply: approximate boundaries, a sample roster and a
 * modelled population, in the snapshot's language.
 */
export function documentNotes(snapshot: PrintSnapshot): string[] {
  const t = translatorFor(snapshot.language);
  const notes: string[] = [];
  if (snapshot.approximate) notes.push(t('approximateNote'));
  if (snapshot.sample) notes.push(t('documentsSampleNote'));
  if (snapshot.analysis?.population.source === 'model') notes.push(t('documentsModelledPopulationNote'));
  // Whose map the page is drawn on: the basemap's credit and date, each reference layer's source.
  const credit = creditLine(snapshot.basemap, snapshot.referenceLayers, snapshot.language);
  if (credit) notes.push(credit);
  return notes;
}

/** The quality lines of the suggestion or consolidation the map draws, in the snapshot's language. */
export function optimisationLines(snapshot: PrintSnapshot): string[] {
  return (snapshot.optimisation?.lines ?? []).map((line) => translateMessage(snapshot.language, line));
}

/** A planned page with its map picture, as the PDF writer takes it. */
export function toMapPage(plan: PagePlan, snapshot: PrintSnapshot, picture: MapPicture | null): MapPage {
  return {
    key: plan.key,
    township: plan.township,
    // The notes line takes over the page's single approximate-boundary note.
    text: { ...plan.text, note: null },
    legend: plan.legend,
    table: plan.table,
    notes: [...documentNotes(snapshot), ...optimisationLines(snapshot)],
    map: picture,
  };
}

/**
 * The map of a drawn page (drawn alone, at the writer's size) as a JPEG picture.
 * @throws MessageError when the page was drawn without its map, or the browser cannot encode it
 */
export async function mapPicture(page: DrawnPage, dpi: number): Promise<MapPicture> {
  if (!page.map) throw new MessageError(message('printErrorNoPages'));
  return {
    bytes: await encodeCanvas(page.map, 'image/jpeg', JPEG_QUALITY),
    format: 'jpeg',
    width: page.map.width,
    height: page.map.height,
    dpi,
    metresPerPixel: page.rendered.metresPerPixel,
  };
}

/** The pages an export drew and their map pictures, kept by a writer that writes them all at the end. */
export interface PictureCollection {
  readonly plans: PagePlan[];
  pictureOf(key: string): MapPicture | null;
  /** Takes a drawn page's plan and encodes its map. */
  add(page: DrawnPage): Promise<void>;
}

/** A collection of the pages' map pictures at `dpi`. */
export function collectPictures(dpi: number): PictureCollection {
  const plans: PagePlan[] = [];
  const pictures = new Map<string, MapPicture>();
  return {
    plans,
    pictureOf: (key) => pictures.get(key) ?? null,
    async add(page) {
      plans.push(page.plan);
      pictures.set(page.plan.key, await mapPicture(page, dpi));
    },
  };
}

/** The plan's targets and their progress for a snapshot (none without a rule set). */
export function snapshotTargets(snapshot: PrintSnapshot): TargetProgress[] {
  return snapshot.ruleSet ? evaluateTargets(snapshot.schools, snapshot.ruleSet) : [];
}
