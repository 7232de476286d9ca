/** 现状 / 规划完成后 and the plan year: which schools stand, for the map and every table. */
import { PLAN_YEARS, type ScenarioKind } from '../domain/scenario.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

export function ScenarioSwitch() {
  const { t } = useTranslation();
  const scenario = useAtlasStore((state) => state.scenario);
  const setScenario = useAtlasStore((state) => state.setScenario);
  const kinds: [ScenarioKind, string][] = [
    ['current', t('scenarioCurrent')],
    ['planned', t('scenarioPlanned')],
  ];
  return (
    <fieldset className="scenario-switch" data-testid="scenario-switch">
      <legend className="visually-hidden">{t('scenarioLabel')}</legend>
      {kinds.map(([kind, label]) => (
        <button
          key={kind}
          type="button"
          className={scenario.kind === kind ? 'on' : ''}
          aria-pressed={scenario.kind === kind}
          onClick={() => setScenario({ ...scenario, kind })}
          data-testid={`scenario-${kind}`}
        >
          {label}
        </button>
      ))}
      <select
        value={scenario.year ?? ''}
        aria-label={t('scenarioYear')}
        onChange={(event) =>
          setScenario({ ...scenario, year: event.target.value === '' ? null : Number(event.target.value) })
        }
        data-testid="scenario-year"
      >
        <option value="">{t('scenarioAllYears')}</option>
        {PLAN_YEARS.map((year) => (
          <option key={year} value={year}>
            {t('scenarioAsOf', { year })}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
