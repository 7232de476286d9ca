/**
 * Which pages an export makes and what each says: one page of the current view, one township's
 * page, or the atlas (the district overview, then one page per township zoomed to its boundary
 * with its rule results and coverage). Pure.
 */

import { boundsOf } from '../analysis/bounds-of.ts';
import { MessageError, message } from '../domain/message.ts';
import type { Orientation, PaperName } from '../domain/print-choices.ts';
import type { TownshipFeature } from '../domain/township.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../domain/travel-settings.ts';
import { translateMessage } from '../i18n/index.ts';
import type { PageDrawing } from './compose-page.ts';
import { creditLine } from './credits.ts';
import type { PrintedOptimisationSymbols } from './legend-entries.ts';
import type { MapExtent } from './map-extent.ts';
import {
  buildLegendEntries,
  formatPrintDate,
  type LegendEntry,
  overviewPageTable,
  type PageTable,
  tableRowCount,
  townshipPageTable,
  townshipTitle,
  translatorFor,
} from './page-content.ts';
import { layoutPage, type PageLayout } from './page-layout.ts';
import type { PageText } from './page-text.ts';
import type { PrintSnapshot } from './print-snapshot.ts';
import type { PrintedOptimisation } from './printed-optimisation.ts';

/** The page settings the user chose (or the CLI passed). */
export interface PrintSettings {
  paper: PaperName;
  orientation: Orientation;
  dpi: number;
  title: string;
  /** '' for none. */
  subtitle: string;
  /** 制图单位. */
  unit: string;
  /** 数据来源 (without the label). */
  source: string;
  confidential: boolean;
  date: Date;
}

/**
 * What to export: the current view, one township's page, or the atlas — by default the district
 * overview and every township in the boundaries' order; on demand without the overview, or of
 * chosen townships in a chosen order.
 */
export type PrintPages =
  | { kind: 'single' }
  | { kind: 'township'; code: string }
  | { kind: 'atlas'; overview?: boolean; townships?: readonly string[] };

/** One page to draw. */
export interface PagePlan {
  /** 'overview' or the township's code. */
  key: string;
  township: { code: string; name: string } | null;
  text: PageText;
  legend: LegendEntry[];
  table: PageTable | null;
  extent: MapExtent;
  /** Township to highlight on the map. */
  highlight: string | null;
}

/** Room around an atlas page's township, as a share of the map's smaller side. */
export const TOWNSHIP_PADDING = 0.06;
/** Room around the district when no camera is given. */
export const DISTRICT_PADDING = 0.03;

/**
 * The layout of a planned page at a resolution (96 DPI for the preview).
 * @example pageLayoutFor(plan, settings, settings.dpi).page.width // 3508 for A4 landscape at 300 DPI
 */
export function pageLayoutFor(
  plan: Pick<PagePlan, 'text' | 'legend' | 'table'>,
  settings: Pick<PrintSettings, 'paper' | 'orientation'>,
  dpi: number,
): PageLayout {
  return layoutPage({
    paper: settings.paper,
    orientation: settings.orientation,
    dpi,
    subtitle: plan.text.subtitle !== null,
    confidential: plan.text.confidential !== null,
    legendEntries: plan.legend.length,
    legendHeadings: plan.legend.flatMap((entry, index) => (entry.kind === 'heading' ? [index] : [])),
    tableRows: tableRowCount(plan.table),
  });
}

/**
 * What `composePage` draws for a planned page at a layout, with the map's ground scale (null
 * draws no scale bar: no map yet).
 */
export function pageDrawing(plan: PagePlan, layout: PageLayout, metresPerPixel: number | null): PageDrawing {
  return { layout, text: plan.text, legend: plan.legend, table: plan.table, metresPerPixel };
}

/**
 * The page's footer note: approximate boundaries, the quality of the suggestion or consolidation
 * drawn on the map, then the credits of the basemap and reference layers; null when none applies.
 */
function pageNote(snapshot: PrintSnapshot): string | null {
  const t = translatorFor(snapshot.language);
  const notes = [
    ...(snapshot.approximate ? [t('approximateNote')] : []),
    ...(snapshot.optimisation?.lines ?? []).map((line) => translateMessage(snapshot.language, line)),
  ];
  const note = notes.length === 0 ? null : notes.join(t('documentsListSeparator'));
  // The credits (basemap, reference layers) follow the notes on the same footer line.
  const parts = [note, creditLine(snapshot.basemap, snapshot.referenceLayers, snapshot.language)].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? parts.join(t('printCreditSeparator')) : null;
}

/** The texts of a page in the snapshot's language. */
export function pageText(settings: PrintSettings, snapshot: PrintSnapshot, title: string): PageText {
  const t = translatorFor(snapshot.language);
  return {
    title,
    subtitle: settings.subtitle.trim() === '' ? null : settings.subtitle,
    confidential: settings.confidential ? t('printConfidential') : null,
    source: t('printSourceLabel', { source: settings.source }),
    unit: t('printUnitLabel', { unit: settings.unit }),
    date: t('printDateLabel', { date: formatPrintDate(settings.date, snapshot.language) }),
    note: pageNote(snapshot),
    legendTitle: t('legendTitle'),
    north: t('printNorth'),
    kilometre: t('printKilometre'),
    metre: t('printMetre'),
    fraction: t('printScaleFraction'),
  };
}

/** The district's extent, fitted with a little room. */
export function districtExtent(snapshot: PrintSnapshot): MapExtent | null {
  return snapshot.district
    ? { kind: 'bounds', bounds: boundsOf(snapshot.district), padding: DISTRICT_PADDING }
    : null;
}

/** Which planning symbols the page draws: the suggestion's sites, the closed schools, the arrows. */
function optimisationSymbols(optimisation: PrintedOptimisation): PrintedOptimisationSymbols {
  const parts = new Set(
    (optimisation.consolidation?.features ?? []).map((feature) => feature.properties?.part),
  );
  return {
    suggestedSites: (optimisation.suggestedSites?.features.length ?? 0) > 0,
    closedSchools: parts.has('closed'),
    mergeArrows: parts.has('arrow'),
  };
}

function legendFor(snapshot: PrintSnapshot, indices: readonly number[]): LegendEntry[] {
  return buildLegendEntries({
    schools: snapshot.schools,
    indices,
    approximate: snapshot.approximate,
    analysis: snapshot.analysisLayers,
    kind: snapshot.kind,
    language: snapshot.language,
    referenceLayers: snapshot.referenceLayers,
    distance: snapshot.distance,
    bands: (snapshot.ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS).bands,
    ...(snapshot.optimisation ? { optimisation: optimisationSymbols(snapshot.optimisation) } : {}),
  });
}

function townshipPage(
  snapshot: PrintSnapshot,
  settings: PrintSettings,
  code: string,
  extent: MapExtent | null,
): PagePlan {
  const feature = snapshot.townships?.features.find((item) => item.properties.code === code);
  if (!feature) throw new MessageError(message('printErrorUnknownTownship', { code }));
  const name = feature.properties.name;
  const indices = snapshot.visible.filter((index) => snapshot.schoolTownships[index] === code);
  const result = snapshot.analysis?.townships.find((township) => township.code === code);
  return {
    key: code,
    township: { code, name },
    text: pageText(settings, snapshot, townshipTitle(settings.title, name, snapshot.language)),
    legend: legendFor(snapshot, indices),
    table:
      result && snapshot.analysis
        ? townshipPageTable(result, snapshot.analysis, snapshot.language, snapshot.seatForecast)
        : null,
    extent: extent ?? townshipExtent(feature),
    highlight: code,
  };
}

/** A township's extent, fitted with a little room. */
export function townshipExtent(feature: TownshipFeature): MapExtent {
  return { kind: 'bounds', bounds: boundsOf(feature), padding: TOWNSHIP_PADDING };
}

/**
 * The extent a page starts at: its township's (when `township` is a known code), else the
 * district's; null before a district is loaded.
 */
export function pageExtent(snapshot: PrintSnapshot, township: string | null): MapExtent | null {
  const feature = township
    ? snapshot.townships?.features.find((item) => item.properties.code === township)
    : undefined;
  return feature ? townshipExtent(feature) : districtExtent(snapshot);
}

/**
 * The pages of an export. `overview` is the extent of a single page (the district's or a
 * township's; the preview's camera) and of the atlas's overview; null fits the district or the
 * township. The atlas's township pages always fit their township.
 * @throws MessageError when the township is unknown or there is no district to fit
 */
export function planPages(
  snapshot: PrintSnapshot,
  settings: PrintSettings,
  pages: PrintPages,
  overview: MapExtent | null,
): PagePlan[] {
  if (pages.kind === 'township') return [townshipPage(snapshot, settings, pages.code, overview)];
  const extent = overview ?? districtExtent(snapshot);
  if (!extent) throw new MessageError(message('printErrorNoDistrict'));
  const first: PagePlan = {
    key: 'overview',
    township: null,
    text: pageText(settings, snapshot, settings.title),
    legend: legendFor(snapshot, snapshot.visible),
    table:
      pages.kind === 'atlas' && snapshot.analysis
        ? overviewPageTable(snapshot.analysis, snapshot.kind, snapshot.language)
        : null,
    extent,
    highlight: null,
  };
  if (pages.kind === 'single') return [first];
  const codes =
    pages.townships ?? snapshot.townships?.features.map((feature) => feature.properties.code) ?? [];
  return [
    ...(pages.overview === false ? [] : [first]),
    ...codes.map((code) => townshipPage(snapshot, settings, code, null)),
  ];
}
