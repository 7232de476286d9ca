/** Small texts of the overview and the presentation: marks, figures, kind and scenario names. Pure. */
import type { MessageValue } from '../../domain/message.ts';
import type { ServiceKind, ServiceRadii } from '../../domain/radius.ts';
import type { Language, MessageKey } from '../../i18n/index.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { formatDistance, formatShare } from '../format.ts';
import type { CellStatus, GridCell } from './township-grid.ts';

/** A translate function as `useTranslation` gives it. */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, MessageValue>>) => string;

/**
 * Clauses as one text, joined as the language joins them (；in Chinese, semicolons in English).
 * @example joinClauses(t, ['不适用（如非人口大镇）', '规划完成后：✓']) // '不适用（如非人口大镇）；规划完成后：✓'
 */
export function joinClauses(t: Translate, clauses: readonly string[]): string {
  const [first = '', ...rest] = clauses;
  return rest.reduce((joined, clause) => t('sentencePair', { first: joined, rest: clause }), first);
}

/** The symbol of an outcome, so it reads without colour: ✓, ✗ or —. */
export function statusMark(status: CellStatus): string {
  if (status === 'na') return '—';
  return status === 'pass' ? '✓' : '✗';
}

/**
 * A rule's measured value against its requirement: shares as percentages, counts as numbers.
 * @example ruleFigures({ measure: 'population-coverage', actual: 0.723, required: 0.9, … }) // '72.3% / 90.0%'
 */
export function ruleFigures(cell: Pick<GridCell, 'measure' | 'actual' | 'required' | 'status'>): string {
  if (cell.status === 'na') return '';
  if (cell.measure === 'population-coverage')
    return `${formatShare(cell.actual)} / ${formatShare(cell.required)}`;
  return `${cell.actual ?? '—'} / ${cell.required}`;
}

/** A service kind's name, capitalised in English where it starts a heading or a row. */
export function kindName(kind: ServiceKind, language: Language): string {
  const name = serviceKindLabel(language, kind);
  return language === 'en' ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}

/**
 * A target's unit as shown: a rate keeps its %; a count's Chinese measure word (所) is left out in
 * English, where the number stands alone.
 */
export function unitText(unit: string, language: Language): string {
  return language === 'en' && unit !== '%' ? '' : unit;
}

/**
 * A change of share in percentage points with its sign, one decimal.
 * @example formatPointChange(0.0823) // '+8.2'
 */
export function formatPointChange(change: number | null): string {
  if (change === null) return '—';
  const points = Math.round(change * 1000) / 10;
  if (points === 0) return '0.0';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

/** A kind's urban and rural service radius, e.g. ['城区 500 m', '乡村 2.5 km']. */
export function radiiText(t: Translate, radii: ServiceRadii, kind: ServiceKind): string[] {
  return [
    t('overviewRadiusUrban', { radius: formatDistance(radii[kind].urban) }),
    t('overviewRadiusRural', { radius: formatDistance(radii[kind].rural) }),
  ];
}
