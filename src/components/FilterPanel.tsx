/** The left panel: school types, states, townships, ownership and boarding, each with counts. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { countFacets } from '../analysis/count-facets.ts';
import { hasActiveFilters, isFilterValueShown, toggleFilterValue } from '../domain/filters.ts';
import { SCHOOL_STATES, SCHOOL_TYPE_CODES, SCHOOL_TYPES } from '../domain/school.ts';
import { schoolStateLabel, schoolTypeLabel } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { selectSchoolTownships } from '../store/selectors.ts';
import { LayersPanel } from './layers/LayersPanel.tsx';
import { SymbolIcon } from './SymbolIcon.tsx';
import { useTranslation } from './use-translation.ts';

/** Shows only this value of a field, in one click instead of unticking all the others. */
function OnlyButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <button
      type="button"
      className="only-button"
      onClick={(event) => {
        event.preventDefault();
        onClick();
      }}
    >
      {label}
    </button>
  );
}

export function FilterPanel() {
  const { t, language } = useTranslation();
  const { schools, schoolTownships, filters, townships, scenario } = useAtlasStore(
    useShallow((state) => ({
      schools: state.schools,
      schoolTownships: selectSchoolTownships(state),
      filters: state.filters,
      townships: state.townships,
      scenario: state.scenario,
    })),
  );
  const setFilters = useAtlasStore((state) => state.setFilters);
  const resetFilters = useAtlasStore((state) => state.resetFilters);
  const counts = useMemo(
    () => countFacets(schools, schoolTownships, filters, scenario),
    [schools, schoolTownships, filters, scenario],
  );
  const townshipCodes = useMemo(
    () => townships?.features.map((feature) => feature.properties.code) ?? [],
    [townships],
  );

  return (
    <aside className="left-panel" aria-label={t('filtersTitle')} data-testid="filter-panel">
      <div className="panel-heading">
        <h2>{t('filtersTitle')}</h2>
        <button type="button" className="link" disabled={!hasActiveFilters(filters)} onClick={resetFilters}>
          {t('filterReset')}
        </button>
      </div>

      <fieldset>
        <legend>{t('filterTypes')}</legend>
        {SCHOOL_TYPES.map((type) => (
          <label key={type} className="check-row" data-testid={`filter-type-${type}`}>
            <input
              type="checkbox"
              checked={isFilterValueShown(filters.types, type)}
              onChange={() => setFilters({ types: toggleFilterValue(filters.types, type, SCHOOL_TYPES) })}
            />
            <SymbolIcon type={SCHOOL_TYPE_CODES[type]} />
            <span className="check-label">{schoolTypeLabel(language, type)}</span>
            <OnlyButton onClick={() => setFilters({ types: [type] })} label={t('filterOnly')} />
            <span className="count">{counts.types[type]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filterStates')}</legend>
        {SCHOOL_STATES.map((state) => (
          <label key={state} className="check-row" data-testid={`filter-state-${state}`}>
            <input
              type="checkbox"
              checked={isFilterValueShown(filters.states, state)}
              onChange={() => setFilters({ states: toggleFilterValue(filters.states, state, SCHOOL_STATES) })}
            />
            <SymbolIcon type="primary" state={state} />
            <span className="check-label">{schoolStateLabel(language, state)}</span>
            <span className="count">{counts.states[state]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filterTownships')}</legend>
        {townships?.features.map((feature) => {
          const { code, name } = feature.properties;
          return (
            <label key={code} className="check-row" data-testid={`filter-township-${code}`}>
              <input
                type="checkbox"
                checked={isFilterValueShown(filters.townships, code)}
                onChange={() =>
                  setFilters({ townships: toggleFilterValue(filters.townships, code, townshipCodes) })
                }
              />
              <span className="check-label">{name}</span>
              <OnlyButton onClick={() => setFilters({ townships: [code] })} label={t('filterOnly')} />
              <span className="count">{counts.townships[code] ?? 0}</span>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="segmented">
        <legend>{t('filterOwnership')}</legend>
        <div role="radiogroup">
          {(
            [
              [null, t('filterAll'), counts.ownership.公办 + counts.ownership.民办],
              ['公办', t('ownershipPublic'), counts.ownership.公办],
              ['民办', t('ownershipPrivate'), counts.ownership.民办],
            ] as const
          ).map(([value, label, count]) => (
            <label key={label} className={filters.ownership === value ? 'on' : ''}>
              <input
                type="radio"
                name="ownership"
                checked={filters.ownership === value}
                onChange={() => setFilters({ ownership: value })}
              />
              {label} <span className="count">{count}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="segmented">
        <legend>{t('filterBoarding')}</legend>
        <div role="radiogroup">
          {(
            [
              [null, t('filterAll'), counts.boarding.yes + counts.boarding.no],
              [true, t('boardingYes'), counts.boarding.yes],
              [false, t('boardingNo'), counts.boarding.no],
            ] as const
          ).map(([value, label, count]) => (
            <label key={label} className={filters.boarding === value ? 'on' : ''}>
              <input
                type="radio"
                name="boarding"
                checked={filters.boarding === value}
                onChange={() => setFilters({ boarding: value })}
              />
              {label} <span className="count">{count}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <LayersPanel />
    </aside>
  );
}
