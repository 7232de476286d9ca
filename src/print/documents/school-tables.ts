/**
 * The report's school-level tables, in the document's language: the schools failing each school
 * rule (大班额, bandwidth, computers) with their value against the limit, and the suggested sites
 * of the last 选址建议 with what each gains. Pure.
 */
import type { DistrictAnalysis } from '../../analysis/analyze-district.ts';
import type { SuggestionResult } from '../../analysis/plan-suggestion.ts';
import { MEASURE_DIRECTIONS, type RuleSet, type SchoolRule } from '../../domain/rules.ts';
import { type Language, serviceKindLabel } from '../../i18n/index.ts';
import {
  formatCount,
  formatMetres,
  type PageTable,
  type PageTableRow,
  translatorFor,
} from '../page-content.ts';

function schoolRuleTitle(rule: SchoolRule, language: Language): string {
  return language === 'en' && rule.titleEnglish ? rule.titleEnglish : rule.title;
}

/** A school rule's value with its unit: 57.5 人/班, 50 Mbps, 18.2 人/台. */
function measureText(rule: SchoolRule, value: number | null, language: Language): string {
  const t = translatorFor(language);
  if (value === null) return t('documentsNoComputer');
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (rule.measure === 'students-per-class') return t('documentsPerClass', { value: number });
  if (rule.measure === 'bandwidth') return t('documentsMegabits', { value: number });
  return t('documentsPerComputer', { value: number });
}

/**
 * One table per enabled school rule that some school fails, in rule-set order: the school, its
 * township, its value and the limit.
 */
export function failingSchoolTables(
  analysis: DistrictAnalysis,
  ruleSet: RuleSet,
  language: Language,
): PageTable[] {
  const t = translatorFor(language);
  const townshipNames = new Map(analysis.townships.map((township) => [township.code, township.name]));
  const rules = ruleSet.rules.filter((rule): rule is SchoolRule => rule.level === 'school' && rule.enabled);
  return rules.flatMap((rule) => {
    const rows: PageTableRow[] = [];
    for (const school of analysis.schoolFlags) {
      const flag = school.flags.find((item) => item.ruleId === rule.id);
      if (!flag) continue;
      const limit = measureText(rule, flag.limit, language);
      rows.push({
        cells: [
          school.name,
          townshipNames.get(school.townshipCode) ?? '—',
          measureText(rule, flag.actual, language),
          MEASURE_DIRECTIONS[rule.measure] === 'at-most'
            ? t('documentsAtMost', { value: limit })
            : t('documentsAtLeast', { value: limit }),
        ],
      });
    }
    if (rows.length === 0) return [];
    return [
      {
        title: schoolRuleTitle(rule, language),
        columns: [
          t('documentsColumnSchool'),
          t('printColumnTownship'),
          t('documentsColumnActual'),
          t('documentsColumnRequired'),
        ],
        weights: [0.4, 0.2, 0.2, 0.2],
        statusColumn: -1,
        rows,
      },
    ];
  });
}

/**
 * The suggested sites: rank, name, township, what each adds (newly covered population, for the
 * distance objective the metres it cuts off the mean distance, for the seats objective the
 * children newly seated), rules fixed, nearest school.
 */
export function suggestionsTable(result: SuggestionResult, language: Language): PageTable {
  const t = translatorFor(language);
  const distance = result.objective === 'distance';
  const gainColumn = distance
    ? t('optimiseReportColumnDistanceGain')
    : result.objective === 'seats'
      ? t('optimiseReportColumnSeatsGain')
      : t('documentsColumnGain');
  return {
    title: t('documentsSuggestionsCaption', { kind: serviceKindLabel(language, result.kind) }),
    columns: [
      t('documentsColumnRank'),
      t('documentsColumnSite'),
      t('printColumnTownship'),
      gainColumn,
      t('documentsColumnFixes'),
      t('documentsColumnNearest'),
    ],
    weights: [0.08, 0.18, 0.14, 0.14, 0.32, 0.14],
    statusColumn: -1,
    rows: result.picks.map((pick) => ({
      cells: [
        String(pick.rank),
        // A site from the search grid has no name of its own: called as the screen calls it.
        pick.name || t('optimisePickName', { rank: pick.rank }),
        pick.townshipName || '—',
        distance ? formatMetres(Math.round(pick.gain), language) : formatCount(pick.gain, language),
        pick.rulesFixed.length === 0
          ? t('documentsNone')
          : pick.rulesFixed
              .map((fixed) => `${fixed.townshipName} ${fixed.title}`)
              .join(t('documentsListSeparator')),
        pick.nearestExistingMetres === null
          ? '—'
          : formatMetres(Math.round(pick.nearestExistingMetres / 10) * 10, language),
      ],
    })),
  };
}
