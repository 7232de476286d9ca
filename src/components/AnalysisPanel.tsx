/**
 * The analysis view's left panel: which kind to draw, the layers, the service radii, the rules
 * (on/off and thresholds), the rule-set file, and the population in use.
 */
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Message } from '../domain/message.ts';
import { describePopulation } from '../domain/population.ts';
import { SERVICE_KINDS } from '../domain/radius.ts';
import type { Rule, RuleSet } from '../domain/rules.ts';
import { localTitle, type MessageKey } from '../i18n/index.ts';
import { serializeRuleSet } from '../io/import-flow/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { selectDistance } from '../store/travel-selectors.ts';
import { downloadText } from './download.ts';
import { NumberInput } from './NumberInput.tsx';
import { ServiceKindSelect } from './ServiceKindSelect.tsx';
import { TravelPanel } from './travel/TravelPanel.tsx';
import { useRuleTitle } from './travel/use-rule-title.ts';
import { useTranslation } from './use-translation.ts';

/** The unit of each measure's threshold, as the catalogue words it (Mbps and % are the same in every language). */
const THRESHOLD_UNITS: Record<Exclude<Rule['measure'], 'population-coverage'>, MessageKey | 'Mbps'> = {
  'school-count': 'unitSchools',
  'students-per-class': 'unitPupilsPerClass',
  bandwidth: 'Mbps',
  'students-per-computer': 'unitPerComputer',
  'staff-per-computer': 'unitPerComputer',
};

function ruleThreshold(rule: Rule): { value: number | null; scale: number; unit: MessageKey | '%' | 'Mbps' } {
  if (rule.measure === 'population-coverage')
    return { value: rule.threshold === null ? null : rule.threshold * 100, scale: 100, unit: '%' };
  return { value: rule.threshold, scale: 1, unit: THRESHOLD_UNITS[rule.measure] };
}

/** What the rule-set file field says after a file was read: loaded, or why not. */
type RuleFileOutcome = { file: string; ruleSet: RuleSet; errors: null } | { file: string; errors: Message[] };

export function AnalysisPanel() {
  const { t, tm, tv, language } = useTranslation();
  const { layers, fillRule, ruleSet, radii, population, road } = useAtlasStore(
    useShallow((state) => ({
      layers: state.analysisLayers,
      fillRule: state.fillRule,
      ruleSet: state.ruleSet,
      radii: state.radii,
      population: state.population,
      road: selectDistance(state).model === 'road',
    })),
  );
  const { setAnalysisLayers, setFillRule, setRadii, setRuleEnabled, setRuleThreshold, setRuleSettings } =
    useAtlasStore.getState();
  // A published atlas shows its rules and radii as published: the inputs are read only.
  const viewer = useAtlasStore((state) => state.viewer);
  const fileInput = useRef<HTMLInputElement>(null);
  const [ruleFile, setRuleFile] = useState<RuleFileOutcome | null>(null);

  /** A store edit's refusal in the interface language, for the field to show. */
  const shown = (refusal: Message | null): string | null => (refusal ? tm(refusal) : null);
  const townshipRules = ruleSet?.rules.filter((rule) => rule.level === 'township') ?? [];
  const schoolRules = ruleSet?.rules.filter((rule) => rule.level === 'school') ?? [];
  const ruleTitle = useRuleTitle();
  const title = (rule: Rule) => ruleTitle(rule);

  const ruleRow = (rule: Rule) => {
    if (!ruleSet) return null;
    const threshold = ruleThreshold(rule);
    return (
      <div key={rule.id} className="rule-row" data-testid={`rule-${rule.id}`}>
        <label className="check-row">
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={(event) => setRuleEnabled(rule.id, event.target.checked)}
          />
          <span className="check-label">{title(rule)}</span>
        </label>
        <span className="rule-threshold">
          <NumberInput
            label={t('ruleThresholdOf', { rule: title(rule) })}
            value={threshold.value}
            step={threshold.scale === 100 ? 1 : 1}
            onCommit={(value) => shown(setRuleThreshold(rule.id, value / threshold.scale))}
            testId={`threshold-${rule.id}`}
          />
          {threshold.value === null && rule.measure === 'population-coverage' ? (
            <small>{t('usesCoverageTarget')}</small>
          ) : null}
          <small>
            {threshold.unit === '%' || threshold.unit === 'Mbps' ? threshold.unit : t(threshold.unit)}
          </small>
        </span>
      </div>
    );
  };

  return (
    <aside className="left-panel analysis-panel" data-testid="analysis-panel">
      <fieldset>
        <legend>{road ? t('travelAnalysisKind') : t('analysisKind')}</legend>
        <ServiceKindSelect testId="analysis-kind" />
        {(['circles', 'gaps', 'ruleFill'] as const).map((layer) => (
          <label key={layer} className="check-row">
            <input
              type="checkbox"
              checked={layers[layer]}
              // Radii in metres are not drawn under road time: the isochrones stand in for them.
              disabled={road && layer === 'circles'}
              title={road && layer === 'circles' ? t('travelCirclesHidden') : undefined}
              onChange={(event) => setAnalysisLayers({ [layer]: event.target.checked })}
              data-testid={`layer-${layer}`}
            />
            <span className="check-label">{t(`layer_${layer}`)}</span>
          </label>
        ))}
        <select
          value={fillRule ?? ''}
          onChange={(event) => setFillRule(event.target.value === '' ? null : event.target.value)}
          aria-label={t('fillRuleLabel')}
          disabled={!layers.ruleFill}
          data-testid="fill-rule"
        >
          <option value="">{t('fillRuleAll')}</option>
          {townshipRules
            .filter((rule) => rule.enabled)
            .map((rule) => (
              <option key={rule.id} value={rule.id}>
                {title(rule)}
              </option>
            ))}
        </select>
      </fieldset>

      <TravelPanel />

      <fieldset disabled={viewer}>
        <legend>{t('radiiTitle')}</legend>
        <table className="radius-table">
          <thead>
            <tr>
              <th />
              <th scope="col">{t('urban')}</th>
              <th scope="col">{t('rural')}</th>
            </tr>
          </thead>
          <tbody>
            {SERVICE_KINDS.map((item) => (
              <tr key={item}>
                <th scope="row">{t(`serviceKindHeading_${item}`)}</th>
                {(['urban', 'rural'] as const).map((area) => (
                  <td key={area}>
                    {radii[item][area] === null ? (
                      <span className="muted">{t('districtWide')}</span>
                    ) : (
                      <NumberInput
                        label={t('radiusFieldLabel', {
                          kind: t(`serviceKindHeading_${item}`),
                          area: t(area),
                        })}
                        value={radii[item][area]}
                        step={100}
                        onCommit={(value) => {
                          if (!(value > 0)) return t('radiusPositive');
                          setRadii({ ...radii, [item]: { ...radii[item], [area]: value } });
                          return null;
                        }}
                        testId={`radius-${item}-${area}`}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help">{t('radiusSources')}</p>
      </fieldset>

      {ruleSet ? (
        <>
          <fieldset disabled={viewer}>
            <legend>{t('townshipRulesTitle')}</legend>
            {townshipRules.map(ruleRow)}
            <div className="rule-row">
              <span className="check-label">{t('populousThreshold')}</span>
              <NumberInput
                label={t('populousThreshold')}
                value={ruleSet.settings.populousTownThreshold}
                step={1000}
                onCommit={(value) => shown(setRuleSettings({ populousTownThreshold: value }))}
                testId="populous-threshold"
              />
            </div>
            <div className="rule-row">
              <span className="check-label">{t('coverageTarget')}</span>
              <NumberInput
                label={t('coverageTarget')}
                value={Math.round(ruleSet.settings.coverageTarget * 1000) / 10}
                onCommit={(value) => shown(setRuleSettings({ coverageTarget: value / 100 }))}
                testId="coverage-target"
              />
              <small>%</small>
            </div>
          </fieldset>
          <fieldset disabled={viewer}>
            <legend>{t('schoolRulesTitle')}</legend>
            {schoolRules.map(ruleRow)}
          </fieldset>
          <fieldset>
            <legend>{t('ruleSetFile')}</legend>
            <p className="help">{localTitle(language, ruleSet)}</p>
            <div className="button-row">
              <button
                type="button"
                className="ghost"
                onClick={() =>
                  downloadText(`${ruleSet.id}.json`, serializeRuleSet(ruleSet), 'application/json')
                }
                data-testid="export-rules"
              >
                {t('exportRules')}
              </button>
              <button type="button" className="ghost edit-control" onClick={() => fileInput.current?.click()}>
                {t('importRules')}
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                hidden
                data-testid="import-rules"
                onChange={async (event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (!file) return;
                  const read = await useAtlasStore.getState().importRuleSet(await file.text(), file.name);
                  setRuleFile(
                    read.ok
                      ? { file: file.name, ruleSet: read.ruleSet, errors: null }
                      : { file: file.name, errors: read.errors },
                  );
                }}
              />
            </div>
            {ruleFile ? (
              <div className="help" role="status" data-testid="rule-file-message">
                {ruleFile.errors === null ? (
                  t('ruleFileLoaded', { file: ruleFile.file, title: localTitle(language, ruleFile.ruleSet) })
                ) : (
                  <>
                    {t('ruleFileRejected', { file: ruleFile.file })}
                    <ul className="message-list">
                      {ruleFile.errors.map((error, index) => (
                        // The same problem can be reported twice; its position keeps the keys apart.
                        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                        <li key={index}>{tm(error)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ) : null}
          </fieldset>
        </>
      ) : null}

      <fieldset>
        <legend>{t('populationTitle')}</legend>
        <p className="help">{population ? tv(describePopulation(population)) : t('populationNone')}</p>
      </fieldset>
    </aside>
  );
}
