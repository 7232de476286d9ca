/**
 * The atlas on demand: which townships an atlas, a deck or a report holds, and in which order —
 * a checkbox and up/down buttons per township, the district overview, all or none.
 */

import { useTranslation } from '../use-translation.ts';
import type { ExportChoices } from './export-choices.ts';
import { moveTownship } from './export-choices.ts';

export function TownshipOrder({
  choices,
  names,
  onChange,
  disabled,
}: {
  choices: ExportChoices;
  /** Township name by code. */
  names: ReadonlyMap<string, string>;
  onChange: (change: Partial<ExportChoices>) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const chosen = new Set(choices.chosen);
  const toggle = (code: string, on: boolean) =>
    onChange({ chosen: choices.order.filter((item) => (item === code ? on : chosen.has(item))) });
  return (
    <div className="print-townships" data-testid="print-townships">
      <div className="print-townships-head">
        <span>{t('printAtlasTownships')}</span>
        <button
          type="button"
          className="link"
          disabled={disabled}
          onClick={() => onChange({ chosen: [...choices.order] })}
          data-testid="print-townships-all"
        >
          {t('printAtlasAll')}
        </button>
        <button
          type="button"
          className="link"
          disabled={disabled}
          onClick={() => onChange({ chosen: [] })}
          data-testid="print-townships-none"
        >
          {t('printAtlasNone')}
        </button>
      </div>
      <label className="print-check">
        <input
          type="checkbox"
          checked={choices.overview}
          disabled={disabled}
          onChange={(event) => onChange({ overview: event.target.checked })}
          data-testid="print-atlas-overview"
        />
        {t('printAtlasOverview')}
      </label>
      <ol className="print-township-list">
        {choices.order.map((code, index) => (
          <li key={code} data-testid={`print-township-${code}`}>
            <label className="print-check">
              <input
                type="checkbox"
                checked={chosen.has(code)}
                disabled={disabled}
                onChange={(event) => toggle(code, event.target.checked)}
                data-testid={`print-township-check-${code}`}
              />
              {names.get(code) ?? code}
            </label>
            <button
              type="button"
              className="print-move"
              disabled={disabled || index === 0}
              onClick={() => onChange({ order: moveTownship(choices.order, code, -1) })}
              aria-label={`${t('printAtlasUp')} ${names.get(code) ?? code}`}
              title={t('printAtlasUp')}
              data-testid={`print-township-up-${code}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="print-move"
              disabled={disabled || index === choices.order.length - 1}
              onClick={() => onChange({ order: moveTownship(choices.order, code, 1) })}
              aria-label={`${t('printAtlasDown')} ${names.get(code) ?? code}`}
              title={t('printAtlasDown')}
              data-testid={`print-township-down-${code}`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="muted print-note" data-testid="print-atlas-chosen">
        {choices.overview || choices.chosen.length > 0
          ? t('printAtlasChosen', { count: choices.chosen.length })
          : t('printAtlasNoneChosen')}
      </p>
    </div>
  );
}
