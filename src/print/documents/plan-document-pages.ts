/**
 * Which map pages a document holds and what each says: the district overview and the chosen
 * townships in the chosen order (the atlas on demand), made by the print view's own page planner
 * so a PDF page says what the preview shows. Pure.
 */
import type { MapExtent } from '../export-map.ts';
import { translatorFor } from '../page-content.ts';
import { type PagePlan, type PrintPages, type PrintSettings, planPages } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import type { MapPage, MapPicture } from './document-model.ts';

/** The pages of a document: the current page alone, or an atlas of chosen townships. */
export type DocumentSelection = { kind: 'page'; pages: PrintPages } | AtlasSelection;

/** An atlas on demand: the district overview or not, and the chosen townships in order. */
export interface AtlasSelection {
  kind: 'atlas';
  /** Begin with the district overview. */
  overview: boolean;
  /** Township codes, in the order the pages come. */
  townships: readonly string[];
}

/** The whole district: the overview and every township, in the boundaries' order. */
export function wholeDistrict(snapshot: PrintSnapshot): AtlasSelection {
  return {
    kind: 'atlas',
    overview: true,
    townships: snapshot.townships?.features.map((feature) => feature.properties.code) ?? [],
  };
}

/**
 * The planned pages of a selection. An atlas overview carries the table of every township; a
 * township unknown to the boundaries is an error, as in the print view.
 * @throws Error when a township is unknown or there is no district to fit
 */
export function planDocumentPages(
  snapshot: PrintSnapshot,
  settings: PrintSettings,
  selection: DocumentSelection,
  overview: MapExtent | null,
): PagePlan[] {
  if (selection.kind === 'page') return planPages(snapshot, settings, selection.pages, overview);
  const pages: PagePlan[] = [];
  if (selection.overview) {
    const [first] = planPages(snapshot, settings, { kind: 'atlas' }, overview);
    if (first) pages.push(first);
  }
  for (const code of selection.townships) {
    pages.push(...planPages(snapshot, settings, { kind: 'township', code }, null));
  }
  return pages;
}

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
  return notes;
}

/** A planned page with its map picture, as the writers take it. */
export function toMapPage(plan: PagePlan, snapshot: PrintSnapshot, picture: MapPicture | null): MapPage {
  return {
    key: plan.key,
    township: plan.township,
    // The notes line takes over the page's single approximate-boundary note.
    text: { ...plan.text, note: null },
    legend: plan.legend,
    table: plan.table,
    notes: documentNotes(snapshot),
    map: picture,
  };
}
