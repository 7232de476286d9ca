/**
 * The Word report 《港南区学校布局分析报告》 as data: the overview with the district map, the
 * plan's targets, the township × rule table, coverage by stage, seats when given, the schools
 * failing a school rule, the suggested sites when there are any, the maps of the chosen townships
 * as numbered figures, and what is sample, approximate or modelled. Pure.
 */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import type { SuggestionResult } from '../../analysis/plan-suggestion.ts';
import { serviceKindLabel, translateValue } from '../../i18n/index.ts';
import {
  defaultSubtitle,
  formatCount,
  formatPrintDate,
  type PageTable,
  translatorFor,
} from '../page-content.ts';
import type { PagePlan, PrintSettings } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import { roundFraction } from '../scale-bar.ts';
import { documentProperties, planName } from './build-deck-model.ts';
import {
  coverageTable,
  coverageText,
  targetsTable,
  townshipRulesTable,
  townshipsPassing,
} from './district-tables.ts';
import type { MapPicture, ReportBlock, ReportModel } from './document-model.ts';
import { reportLegend } from './report-legend.ts';
import { failingSchoolTables, suggestionsTable } from './school-tables.ts';

/** Fonts named for Word on a bureau PC: 黑体 for headings, 宋体 for the text (their English names). */
export const REPORT_FONTS = { heading: 'SimHei', body: 'SimSun', latin: 'Times New Roman' } as const;

/** Width of a figure on an A4 page with the usual margins, millimetres. */
export const REPORT_FIGURE_WIDTH = 150;

/** The last site suggestion and, when known, a line on how good the picks are. */
export interface ReportSuggestion {
  result: SuggestionResult;
  /** e.g. the optimiser's bound on how far the picks are from the best; null when not known. */
  quality: string | null;
}

/** What the report is made from. */
export interface ReportSource {
  snapshot: PrintSnapshot;
  settings: PrintSettings;
  targets: readonly TargetProgress[];
  /** The map pages in order: the overview is the first figure, the townships the appendix. */
  pages: readonly PagePlan[];
  /** The map of a page, by its key, drawn for the report's figure width. */
  pictureOf(key: string): MapPicture | null;
  /** Seat tables by stage (学位供需), when the seats analysis has them. */
  seats?: readonly PageTable[];
  suggestion?: ReportSuggestion | null;
}

/**
 * The report.
 * @example buildReportModel(source).blocks.filter((block) => block.kind === 'heading')[0].text // '一、基本情况'
 */
export function buildReportModel(source: ReportSource): ReportModel {
  const { snapshot, settings } = source;
  const { language } = snapshot;
  const t = translatorFor(language);
  const analysis = snapshot.analysis;
  const scenario = defaultSubtitle(snapshot.scenario, null, language);
  const numbers = t('documentsSectionNumbers').split('|');
  let section = 0;
  const blocks: ReportBlock[] = [];
  const heading = (title: string) => {
    const number = numbers[section] ?? String(section + 1);
    section += 1;
    blocks.push({ kind: 'heading', level: 1, text: t('documentsHeadingNumbered', { number, title }) });
  };
  const paragraph = (text: string, tone: 'normal' | 'note' = 'normal') =>
    blocks.push({ kind: 'paragraph', text, tone });
  const table = (value: PageTable) => blocks.push({ kind: 'table', caption: value.title, table: value });
  const figure = (page: PagePlan) => {
    const picture = source.pictureOf(page.key);
    if (!picture) return;
    // The scale the figure has on paper at its printed width (ground metres per metre of paper).
    const fraction =
      picture.metresPerPixel === null
        ? null
        : roundFraction(((picture.metresPerPixel * picture.width) / REPORT_FIGURE_WIDTH) * 1000);
    const caption =
      fraction === null
        ? page.text.title
        : t('documentsFigureScale', { title: page.text.title, fraction: fraction.toLocaleString('en-US') });
    blocks.push({ kind: 'figure', caption, picture, widthMillimetres: REPORT_FIGURE_WIDTH });
  };
  const plan = planName(snapshot);

  heading(t('documentsSectionSummary'));
  paragraph(
    t('documentsSummaryText', {
      roster: snapshot.rosterFile,
      scenario,
      schools: analysis?.district.schools ?? snapshot.schools.length,
      plan,
      townships: snapshot.townships?.features.length ?? 0,
      population: formatCount(analysis?.district.population ?? null, language),
    }),
  );
  // The first figure (the district, when chosen) carries the legend of them all.
  const first = source.pages.find((page) => page.township === null) ?? source.pages[0];
  if (first && source.pictureOf(first.key)) {
    figure(first);
    blocks.push(reportLegend(first.legend, language));
  }

  if (source.targets.length > 0) {
    heading(t('documentsSectionTargets'));
    paragraph(t('documentsTargetsText'));
    table(targetsTable(source.targets, language));
  }

  if (analysis) {
    heading(t('documentsSectionRules'));
    paragraph(
      t('documentsRulesText', {
        scenario,
        townships: analysis.townships.length,
        passing: townshipsPassing(analysis),
      }),
    );
    table(townshipRulesTable(analysis, scenario, language));

    heading(t('documentsSectionCoverage'));
    paragraph(coverageText(analysis, language));
    table(coverageTable(analysis, scenario, language));
  }

  if (source.seats && source.seats.length > 0) {
    heading(t('documentsSectionSeats'));
    paragraph(t('documentsSeatsText'));
    for (const seats of source.seats) table(seats);
  }

  if (analysis && snapshot.ruleSet) {
    heading(t('documentsSectionSchools'));
    const failing = failingSchoolTables(analysis, snapshot.ruleSet, language);
    paragraph(
      failing.length === 0
        ? t('documentsNoFailingSchools')
        : t('documentsSchoolsText', { count: analysis.schoolFlags.length }),
    );
    for (const item of failing) table(item);
  }

  const suggestion = source.suggestion;
  if (suggestion && suggestion.result.picks.length > 0) {
    const { result } = suggestion;
    heading(t('documentsSectionSuggestions'));
    paragraph(
      t('documentsSuggestionsText', {
        count: result.picks.length,
        kind: serviceKindLabel(language, result.kind),
        before: formatCount(result.coveredBefore, language),
        after: formatCount(result.coveredAfter, language),
      }),
    );
    if (suggestion.quality) paragraph(suggestion.quality);
    table(suggestionsTable(result, language));
  }

  const townshipPages = source.pages.filter((page) => page !== first);
  if (townshipPages.some((page) => source.pictureOf(page.key) !== null)) {
    heading(t('documentsSectionMaps'));
    paragraph(t('documentsMapsText'));
    for (const page of townshipPages) figure(page);
  }

  heading(t('documentsSectionSources'));
  paragraph(t('documentsSourceRoster', { roster: snapshot.rosterFile }));
  if (snapshot.sample) paragraph(t('documentsSourceSample'), 'note');
  paragraph(
    t(snapshot.approximate ? 'documentsSourceApproximate' : 'documentsSourceOfficial'),
    snapshot.approximate ? 'note' : 'normal',
  );
  if (analysis) {
    const modelled = analysis.population.source === 'model';
    paragraph(
      t('documentsSourcePopulation', { label: translateValue(language, analysis.population.description) }),
      modelled ? 'note' : 'normal',
    );
  }
  if (snapshot.ruleSet) {
    const origin = snapshot.ruleSet.source
      ? t('documentsSourceDocument', { source: snapshot.ruleSet.source })
      : '';
    paragraph(t('documentsSourceRules', { plan, source: origin }));
  }
  paragraph(t('documentsSourceRadii'));
  paragraph(
    t('documentsSourceDate', { date: formatPrintDate(settings.date, language), unit: settings.unit }),
  );

  const title = t('documentsReportTitle', { district: snapshot.districtName });
  return {
    title,
    subtitle: plan ? t('documentsReportSubtitle', { plan }) : null,
    byline: [settings.unit, formatPrintDate(settings.date, language)],
    blocks,
    properties: documentProperties(snapshot, settings, title),
    figureCaption: t('documentsFigureCaption'),
    tableCaption: t('documentsTableCaption'),
    fonts: REPORT_FONTS,
  };
}
