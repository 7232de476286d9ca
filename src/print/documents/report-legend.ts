/**
 * The legend of the report's map figures, as text Word can edit: each school type drawn on the
 * maps as a character of its shape in its colour (● ■ ◆ ▲ ⬟ ⬢ ★ ✚), then how a state is drawn
 * and the boundary lines, in words. Pure.
 */

import type { SchoolState } from '../../domain/school.ts';
import type { Language, MessageKey } from '../../i18n/index.ts';
import type { SymbolShape } from '../../map/theme.ts';
import { DEFAULT_THEME } from '../../map/theme.ts';
import { type LegendEntry, translatorFor } from '../page-content.ts';
import type { ReportBlock } from './document-model.ts';

/** The character closest to each symbol shape. */
const SHAPE_CHARACTERS: Record<SymbolShape, string> = {
  circle: '\u25cf',
  square: '\u25a0',
  diamond: '\u25c6',
  triangle: '\u25b2',
  pentagon: '\u2b1f',
  hexagon: '\u2b22',
  star: '\u2605',
  cross: '\u271a',
};

const STATE_KEYS: Record<SchoolState, MessageKey> = {
  existing: 'documentsLegendExisting',
  completed: 'documentsLegendCompleted',
  construction: 'documentsLegendConstruction',
  planned: 'documentsLegendPlanned',
  renovation: 'documentsLegendRenovation',
};

/**
 * The legend block for a page's legend entries (types and states drawn, lines).
 * @example reportLegend(entries, 'zh-CN').rows[0] // { symbol: '●', colour: 'F08A24', label: '幼儿园' }
 */
export function reportLegend(
  entries: readonly LegendEntry[],
  language: Language,
): Extract<ReportBlock, { kind: 'legend' }> {
  const t = translatorFor(language);
  const rows: { symbol: string; colour: string | null; label: string }[] = [];
  // The legend lists the types under its first heading and the states under its second.
  let headings = 0;
  for (const entry of entries) {
    if (entry.kind === 'heading') {
      headings += 1;
    } else if (entry.kind === 'school' && headings <= 1) {
      const style = DEFAULT_THEME.schoolTypes[entry.type];
      rows.push({
        symbol: SHAPE_CHARACTERS[style.shape],
        colour: style.colour.slice(1).toUpperCase(),
        label: entry.label,
      });
    } else if (entry.kind === 'school') {
      rows.push({ symbol: '', colour: null, label: t(STATE_KEYS[entry.state]) });
    } else if (entry.kind === 'line') {
      const key: MessageKey =
        entry.line === 'district'
          ? 'documentsLegendDistrict'
          : entry.line === 'township'
            ? 'documentsLegendTownship'
            : 'documentsLegendTownshipApproximate';
      rows.push({ symbol: '', colour: null, label: t(key) });
    }
  }
  return { kind: 'legend', caption: t('documentsLegendCaption'), rows };
}
