/**
 * The key coverage figures: per kind with a service radius, the district's (or a township's) share of population
 * within it and the population left outside, 现状 and 规划完成后 side by side, and the change.
 */
import { Fragment } from 'react';
import type { ServiceKind } from '../../domain/radius.ts';
import { formatCount, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import type { KindCoverageRow } from './coverage-chart.ts';
import { formatPointChange, kindName } from './overview-text.ts';

/**
 * The table of coverage by kind, for the district or a township; `radiusOf` describes each kind's
 * radius in parts (城区 500 m, 乡村 2.5 km) that wrap between, never inside.
 */
export function CoverageFigures({
  rows,
  radiusOf,
}: {
  rows: readonly KindCoverageRow[];
  radiusOf: (kind: ServiceKind) => readonly string[];
}) {
  const { t, language } = useTranslation();
  return (
    <table className="coverage-figures" data-testid="coverage-figures">
      <thead>
        <tr>
          <th scope="col">{t('overviewColumnKind')}</th>
          <th scope="col">{t('scenarioCurrent')}</th>
          <th scope="col">{t('scenarioPlanned')}</th>
          <th scope="col">{t('overviewColumnChange')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind} data-kind={row.kind}>
            <th scope="row">
              {kindName(row.kind, language)}
              <small>
                {radiusOf(row.kind).map((part, index, parts) => (
                  <Fragment key={part}>
                    {index > 0 ? ' ' : ''}
                    <span className="radius-part">{index < parts.length - 1 ? `${part} ·` : part}</span>
                  </Fragment>
                ))}
              </small>
            </th>
            {(['current', 'planned'] as const).map((scenario) => (
              <td key={scenario} data-scenario={scenario}>
                <b className="share-value" data-testid="coverage-share">
                  {formatShare(row[scenario].share)}
                </b>
                <small>{t('overviewUncovered', { count: formatCount(row[scenario].uncovered) })}</small>
              </td>
            ))}
            <td className={`share-change ${(row.shareChange ?? 0) > 0 ? 'up' : ''}`}>
              {formatPointChange(row.shareChange)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
