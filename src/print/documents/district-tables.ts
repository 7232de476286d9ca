/**
 * The district's tables for the deck and the report, in the document's language: the plan's
 * targets and their progress, the township × rule results, and the coverage of every kind with
 * a service radius. Pure; values the user typed (township names, a rule set's titles) stay as
 * they are.
 */
import type { DistrictAnalysis } from '../../analysis/analyze-district.ts';
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import { distanceLegend } from '../../domain/distance-legend.ts';
import { SERVICE_KINDS, type ServiceKind } from '../../domain/radius.ts';
import { type Language, serviceKindLabel, translateMessage } from '../../i18n/index.ts';
import {
  formatCount,
  formatMetres,
  formatShare,
  type PageTable,
  type PageTableRow,
  ruleStatus,
  ruleTitle,
  ruleValue,
  translatorFor,
} from '../page-content.ts';

/** A target's name in the language. */
function targetTitle(target: TargetProgress, language: Language): string {
  return language === 'en' && target.titleEnglish ? target.titleEnglish : target.title;
}

/** A count or figure with its unit: 16 所, 90%; English leaves out the Chinese measure word. */
function withUnit(value: number | null, unit: string, language: Language): string {
  if (value === null) return '—';
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (unit === '%') return `${number}%`;
  return language === 'en' ? number : `${number} ${unit}`;
}

function targetStatus(target: TargetProgress): 'pass' | 'fail' | 'na' {
  if (target.met === null) return 'na';
  if (target.met) return 'pass';
  return target.metAfterPlan ? 'na' : 'fail';
}

/**
 * The plan's targets: goal, what is done, under way and planned by the roster's project
 * statuses, the figure after the plan, and where each stands (已完成 / 项目完成后可完成 / 仍差 n).
 * `compact` leaves out the under-way and planned counts (a slide's narrow panel).
 * @example targetsTable(evaluateTargets(schools, ruleSet), 'zh-CN').rows[0].cells[0] // '新建公办幼儿园'
 */
export function targetsTable(
  targets: readonly TargetProgress[],
  language: Language,
  compact = false,
): PageTable {
  const t = translatorFor(language);
  const rows = targets.map((target): PageTableRow => {
    const status = targetStatus(target);
    const statusText =
      target.met === null
        ? t('documentsTargetNotEntered')
        : target.met
          ? t('documentsTargetMet')
          : target.metAfterPlan
            ? t('documentsTargetMetAfterPlan')
            : t('documentsTargetShort', {
                gap: withUnit(target.target - (target.afterPlan ?? 0), target.unit, language),
              });
    const counts = target.counts;
    return {
      cells: [
        targetTitle(target, language),
        withUnit(target.target, target.unit, language),
        withUnit(target.achieved, target.unit, language),
        counts ? String(counts.construction) : '—',
        counts ? String(counts.planned) : '—',
        withUnit(target.afterPlan, target.unit, language),
        statusText,
      ],
      status,
    };
  });
  const table: PageTable = {
    title: t('documentsTargetsTableTitle'),
    columns: [
      t('documentsColumnTarget'),
      t('documentsColumnGoal'),
      t('documentsColumnDone'),
      t('documentsColumnUnderway'),
      t('documentsColumnPlanned'),
      t('documentsColumnAfterPlan'),
      t('documentsColumnStatus'),
    ],
    weights: [0.27, 0.1, 0.1, 0.08, 0.08, 0.12, 0.25],
    statusColumn: 6,
    rows,
  };
  if (!compact) return table;
  const kept = [0, 1, 2, 5, 6];
  return {
    ...table,
    columns: kept.map((column) => table.columns[column] ?? ''),
    weights: [0.34, 0.13, 0.13, 0.15, 0.25],
    statusColumn: 4,
    rows: rows.map((row) => ({ ...row, cells: kept.map((column) => row.cells[column] ?? '') })),
  };
}

/**
 * The thresholds coverage was measured against: the service radii (metres) for the straight
 * line, the mode's time thresholds (minutes) under road time.
 */
function coverageThresholds(analysis: DistrictAnalysis) {
  return analysis.distance.model === 'road' && analysis.travelThresholds
    ? analysis.travelThresholds
    : analysis.radii;
}

/** The kinds whose coverage is measured (a radius or time threshold is set): district-wide kinds have none. */
export function coverageKinds(analysis: DistrictAnalysis): ServiceKind[] {
  const thresholds = coverageThresholds(analysis);
  return SERVICE_KINDS.filter((kind) => thresholds[kind].urban !== null || thresholds[kind].rural !== null);
}

/** 按步行道路时间 under road time; null for the straight line (whose wording is the default). */
function roadLegend(analysis: DistrictAnalysis, language: Language): string | null {
  return analysis.distance.model === 'road'
    ? translateMessage(language, distanceLegend(analysis.distance))
    : null;
}

/**
 * The district's coverage of a kind in one line (the deck's district slide), saying how distance
 * was measured under road time.
 * @example coverageLine(analysis, 'primary', 'zh-CN') // '小学：服务半径内人口 91.2%，未覆盖 12,034 人'
 */
export function coverageLine(analysis: DistrictAnalysis, kind: ServiceKind, language: Language): string {
  const t = translatorFor(language);
  const values = {
    kind: serviceKindLabel(language, kind),
    share: formatShare(analysis.district.coverage[kind].share),
    uncovered: formatCount(analysis.district.coverage[kind].uncovered, language),
  };
  const legend = roadLegend(analysis, language);
  return legend === null
    ? t('documentsCoverageLine', values)
    : t('travelDocumentsCoverageLine', { ...values, legend });
}

/** The report's paragraph before the coverage table: what coverage means under the model. */
export function coverageText(analysis: DistrictAnalysis, language: Language): string {
  const t = translatorFor(language);
  const target = formatShare(analysis.settings.coverageTarget);
  const legend = roadLegend(analysis, language);
  return legend === null
    ? t('documentsCoverageText', { target })
    : t('travelDocumentsCoverageText', { target, legend });
}

/** A township slide's title: rule results and coverage by service radius or by travel time. */
export function townshipSlideTitle(
  analysis: DistrictAnalysis | null,
  township: string,
  language: Language,
): string {
  const t = translatorFor(language);
  return analysis?.distance.model === 'road'
    ? t('travelDocumentsTownshipSlideTitle', { township })
    : t('documentsTownshipSlideTitle', { township });
}

/** A mark that reads without colour: ✓ met, ✗ not met, — not applicable. */
export function statusMark(status: 'pass' | 'fail' | 'na'): string {
  return status === 'pass' ? '✓' : status === 'fail' ? '✗' : '—';
}

/**
 * Townships × rules: a row per township, a column per enabled township rule, each cell the
 * mark and the actual against the requirement (✓ 1 / 1, ✗ 72.3% / 90.0%).
 */
export function townshipRulesTable(
  analysis: DistrictAnalysis,
  scenario: string,
  language: Language,
): PageTable {
  const t = translatorFor(language);
  const rules = analysis.townships[0]?.rules ?? [];
  const rows = analysis.townships.map((township): PageTableRow => {
    const cells = township.rules.map((rule) => {
      const value = ruleValue(rule);
      const mark = statusMark(ruleStatus(rule));
      return value === '' ? mark : t('documentsRuleCell', { mark, value });
    });
    return { cells: [township.name, ...cells] };
  });
  const ruleWeight = rules.length > 0 ? 0.8 / rules.length : 0;
  return {
    title: t('documentsRulesCaption', { scenario }),
    columns: [t('printColumnTownship'), ...rules.map((rule) => ruleTitle(rule, language, analysis.distance))],
    weights: [0.2, ...rules.map(() => ruleWeight)],
    statusColumn: -1,
    rows,
  };
}

/** How many townships meet every applicable rule. */
export function townshipsPassing(analysis: DistrictAnalysis): number {
  return analysis.townships.filter((township) => township.rules.every((rule) => rule.pass !== false)).length;
}

/**
 * Coverage by township: a column per kind with a radius (its urban and rural radius in the
 * header), each cell the share within the radius and the people outside it; the district last.
 * Under road time the headers give the time thresholds and the caption says how time was measured.
 */
export function coverageTable(analysis: DistrictAnalysis, scenario: string, language: Language): PageTable {
  const t = translatorFor(language);
  const kinds = coverageKinds(analysis);
  const cell = (share: number | null, uncovered: number | null) =>
    share === null
      ? '—'
      : t('documentsCoverageCell', {
          share: formatShare(share),
          uncovered: formatCount(uncovered, language),
        });
  const legend = roadLegend(analysis, language);
  const thresholds = coverageThresholds(analysis);
  const radius = (value: number | null) =>
    value === null
      ? '—'
      : legend === null
        ? formatMetres(value, language)
        : t('travelDocumentsMinutes', { minutes: value });
  const rows: PageTableRow[] = analysis.townships.map((township) => ({
    cells: [
      township.name,
      ...kinds.map((kind) => cell(township.coverage[kind].share, township.coverage[kind].uncovered)),
    ],
  }));
  rows.push({
    cells: [
      t('documentsDistrictRow'),
      ...kinds.map((kind) =>
        cell(analysis.district.coverage[kind].share, analysis.district.coverage[kind].uncovered),
      ),
    ],
  });
  return {
    title:
      legend === null
        ? t('documentsCoverageCaption', { scenario })
        : t('travelDocumentsCoverageCaption', { scenario, legend }),
    columns: [
      t('printColumnTownship'),
      ...kinds.map((kind) =>
        t('documentsCoverageHeader', {
          kind: serviceKindLabel(language, kind),
          urban: radius(thresholds[kind].urban),
          rural: radius(thresholds[kind].rural),
        }),
      ),
    ],
    weights: [0.2, ...kinds.map(() => 0.8 / Math.max(1, kinds.length))],
    statusColumn: -1,
    rows,
  };
}
