/**
 * The township pass/fail grid: a row a township, a column an enabled township rule, ✓/✗ in colour
 * and as a symbol for the scenario on screen, ✗→✓ where 现状 and 规划完成后 differ. A row click
 * selects the township and zooms the map to it.
 */
import type { ScenarioKind } from '../../domain/scenario.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';
import { joinClauses, ruleFigures, statusMark, type Translate } from './overview-text.ts';
import type { TownshipGrid as Grid, GridCell } from './township-grid.ts';
import { useOpenTownship } from './use-open-township.ts';

/**
 * A rule's outcome as a mark; when it changes between the scenarios, both marks in plan order
 * (现状→规划完成后), the one on screen emphasised.
 */
export function RuleMark({ cell, shown }: { cell: GridCell; shown: ScenarioKind }) {
  const main = <span className={`rule-mark ${cell.status}`}>{statusMark(cell.status)}</span>;
  if (!cell.changed) return main;
  const other = <span className={`rule-mark other ${cell.otherStatus}`}>{statusMark(cell.otherStatus)}</span>;
  return (
    <span className="rule-mark-change">
      {shown === 'current' ? main : other}
      <span className="rule-mark-arrow">→</span>
      {shown === 'current' ? other : main}
    </span>
  );
}

/** A cell's tooltip: the figures, and the other scenario's outcome when it differs. */
export function cellTitle(t: Translate, cell: GridCell, shown: ScenarioKind): string {
  const parts = [cell.status === 'na' ? t('ruleNotApplicable') : ruleFigures(cell)];
  if (cell.changed) {
    parts.push(
      t(shown === 'current' ? 'ruleAfterPlan' : 'ruleBeforePlan', { mark: statusMark(cell.otherStatus) }),
    );
  }
  return joinClauses(t, parts);
}

/** The grid for the scenario `shown`. */
export function TownshipGrid({ grid, shown }: { grid: Grid; shown: ScenarioKind }) {
  const { t } = useTranslation();
  const ruleTitle = useRuleTitle();
  const selectedCode = useAtlasStore((state) =>
    state.selection?.kind === 'township' ? state.selection.code : null,
  );
  const open = useOpenTownship();
  return (
    <table className="township-grid" data-testid="township-grid">
      <thead>
        <tr>
          <th scope="col">{t('townshipColumn')}</th>
          {grid.columns.map((column) => (
            <th key={column.id} scope="col" data-rule={column.id}>
              {ruleTitle(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row) => (
          <tr
            key={row.code}
            data-township={row.code}
            className={row.code === selectedCode ? 'selected' : undefined}
            onClick={() => open(row.code)}
          >
            <th scope="row">
              <button
                type="button"
                className="grid-township"
                aria-label={t('overviewGridOpen', { name: row.name })}
                onClick={(event) => {
                  // The row's own click does the same; one request is enough.
                  event.stopPropagation();
                  open(row.code);
                }}
              >
                {row.name}
              </button>
              {row.populous ? <span className="tag">{t('populousTag')}</span> : null}
            </th>
            {row.cells.map((cell) => (
              <td
                key={cell.ruleId}
                className={`grid-cell ${cell.status}${cell.changed ? ' changed' : ''}`}
                data-rule={cell.ruleId}
                data-status={cell.status}
                title={cellTitle(t, cell, shown)}
              >
                <RuleMark cell={cell} shown={shown} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
