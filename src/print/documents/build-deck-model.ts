/**
 * The slide deck of the 演示 sequence, as data: a title slide, the district with the plan's
 * targets, then one slide per chosen township with its rule results and coverage; the notes
 * (sample data, approximate boundaries, modelled population) on every slide. Pure.
 */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import { defaultSubtitle, formatPrintDate, townshipPageTable, translatorFor } from '../page-content.ts';
import type { PagePlan, PrintSettings } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import {
  coverageKinds,
  coverageLine,
  targetsTable,
  townshipSlideTitle,
  townshipsPassing,
} from './district-tables.ts';
import type { DeckModel, DeckSlide, DocumentProperties, MapPicture } from './document-model.ts';
import { documentNotes, optimisationLines } from './map-pages.ts';

/** East-Asian font named in every text box: on a bureau's Windows PC it is always there. */
export const DECK_FONT_FACE = 'Microsoft YaHei';

/** What the deck is made from. */
export interface DeckSource {
  snapshot: PrintSnapshot;
  settings: PrintSettings;
  targets: readonly TargetProgress[];
  /** The pages in order (the overview becomes the district slide). */
  pages: readonly PagePlan[];
  /** The map of a page, by its key, drawn for the deck's map box. */
  pictureOf(key: string): MapPicture | null;
}

/** The file properties of a document made from a snapshot. */
export function documentProperties(
  snapshot: PrintSnapshot,
  settings: PrintSettings,
  title: string,
): DocumentProperties {
  const t = translatorFor(snapshot.language);
  return {
    title,
    subject: snapshot.ruleSet?.title ?? '',
    author: settings.unit,
    keywords: snapshot.districtName,
    creator: t('documentsCreator'),
  };
}

/** The plan's name in the language (a user's own rule set keeps its title). */
export function planName(snapshot: PrintSnapshot): string {
  const ruleSet = snapshot.ruleSet;
  if (!ruleSet) return '';
  return snapshot.language === 'en' && ruleSet.titleEnglish ? ruleSet.titleEnglish : ruleSet.title;
}

/**
 * The deck.
 * @example buildDeckModel({ snapshot, settings, targets, pages, pictureOf: () => null }).slides.length // pages.length
 */
export function buildDeckModel(source: DeckSource): DeckModel {
  const { snapshot, settings } = source;
  const { language } = snapshot;
  const t = translatorFor(language);
  const notes = documentNotes(snapshot);
  const scenario = defaultSubtitle(snapshot.scenario, null, language);
  const analysis = snapshot.analysis;
  const title = t('documentsDeckTitle', { district: snapshot.districtName });

  const slides = source.pages.map((page): DeckSlide => {
    const map = source.pictureOf(page.key);
    const township = page.township
      ? analysis?.townships.find((item) => item.code === page.township?.code)
      : undefined;
    if (page.township) {
      return {
        title: townshipSlideTitle(analysis, page.township.name, language),
        subtitle: scenario,
        map,
        // The table ends with the township's schools by type: no lines besides it.
        table:
          township && analysis
            ? townshipPageTable(township, analysis, language, snapshot.seatForecast)
            : null,
        lines: [],
        notes,
      };
    }
    const lines = analysis
      ? [
          t('documentsDistrictLine', {
            schools: analysis.district.schools,
            townships: analysis.townships.length,
            passing: townshipsPassing(analysis),
          }),
          ...coverageKinds(analysis).map((kind) => coverageLine(analysis, kind, language)),
        ]
      : [];
    // The suggestion or consolidation drawn on the district map, with how good it is.
    lines.push(...optimisationLines(snapshot));
    return {
      title: t('documentsDistrictSlideTitle', { district: snapshot.districtName }),
      subtitle: scenario,
      map,
      table: source.targets.length > 0 ? targetsTable(source.targets, language, true) : null,
      lines,
      notes,
    };
  });

  const plan = planName(snapshot);
  return {
    titleSlide: {
      title,
      subtitle: plan ? t('documentsDeckSubtitle', { plan, scenario }) : scenario,
      lines: [settings.unit, formatPrintDate(settings.date, language)],
      notes,
    },
    slides,
    properties: documentProperties(snapshot, settings, title),
    fontFace: DECK_FONT_FACE,
  };
}
