/**
 * The analysis view's left panel: which kind to draw, the layers, the service radii, the rules
 * (on/off and thresholds), the rule-set file, and the population in use.
 */
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SERVICE_KIND_NAMES, SERVICE_KINDS, SERVICE_RADIUS_SOURCES } from '../domain/radius.ts';
import {
  parseRuleSet,
  type Rule,
  serializeRuleSet,
  withRuleEnabled,
  withRuleSettings,
  withRuleThreshold,
} from '../domain/rules.ts';
import { useAtlasStore } from '../store/index.ts';
import { selectDistance } from '../store/travel-selectors.ts';
import { downloadText } from './download.ts';
import { NumberInput } from './NumberInput.tsx';
import { ServiceKindSelect } from './ServiceKindSelect.tsx';
import { TravelPanel } from './travel/TravelPanel.tsx';
import { useTranslation } from './use-translation.ts';

function ruleThreshold(rule: Rule): { value: number | null; scale: number; unit: string } {
  if (rule.measure === 'population-coverage')
    return { value: rule.threshold === null ? null : rule.threshold * 100, scale: 100, unit: '%' };
  const units: Record<string, string> = {
    'school-count': '所',
    'students-per-class': '人/班',
    bandwidth: 'Mbps',
    'students-per-computer': '人/台',
    'staff-per-computer': '人/台',
  };
  return { value: rule.threshold, scale: 1, unit: units[rule.measure] ?? '' };
}

export function AnalysisPanel() {
  const { t, tm, language } = useTranslation();
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
  const { setAnalysisLayers, setFillRule, setRuleSet, setRadii } = useAtlasStore.getState();
  const fileInput = useRef<HTMLInputElement>(null);
  const [ruleFileMessage, setRuleFileMessage] = useState<string | null>(null);

  const attempt = (change: () => void): string | null => {
    try {
      change();
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  const townshipRules = ruleSet?.rules.filter((rule) => rule.level === 'township') ?? [];
  const schoolRules = ruleSet?.rules.filter((rule) => rule.level === 'school') ?? [];
  const title = (rule: Rule) => (language === 'en' && rule.titleEnglish ? rule.titleEnglish : rule.title);

  const ruleRow = (rule: Rule) => {
    if (!ruleSet) return null;
    const threshold = ruleThreshold(rule);
    return (
      <div key={rule.id} className="rule-row" data-testid={`rule-${rule.id}`}>
        <label className="check-row">
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={(event) => setRuleSet(withRuleEnabled(ruleSet, rule.id, event.target.checked))}
          />
          <span className="check-label">{title(rule)}</span>
        </label>
        <span className="rule-threshold">
          <NumberInput
            label={t('ruleThresholdOf', { rule: title(rule) })}
            value={threshold.value}
            step={threshold.scale === 100 ? 1 : 1}
            onCommit={(value) =>
              attempt(() => setRuleSet(withRuleThreshold(ruleSet, rule.id, value / threshold.scale)))
            }
            testId={`threshold-${rule.id}`}
          />
          {threshold.value === null && rule.measure === 'population-coverage' ? (
            <small>{t('usesCoverageTarget')}</small>
          ) : null}
          <small>{threshold.unit}</small>
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

      <fieldset>
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
                <th scope="row">{SERVICE_KIND_NAMES[item]}</th>
                {(['urban', 'rural'] as const).map((area) => (
                  <td key={area}>
                    {radii[item][area] === null ? (
                      <span className="muted">{t('districtWide')}</span>
                    ) : (
                      <NumberInput
                        label={`${SERVICE_KIND_NAMES[item]} ${t(area)}`}
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
        <p className="help">
          {t('urban')}：{SERVICE_RADIUS_SOURCES.urban}；{SERVICE_RADIUS_SOURCES.rural}
        </p>
      </fieldset>

      {ruleSet ? (
        <>
          <fieldset>
            <legend>{t('townshipRulesTitle')}</legend>
            {townshipRules.map(ruleRow)}
            <div className="rule-row">
              <span className="check-label">{t('populousThreshold')}</span>
              <NumberInput
                label={t('populousThreshold')}
                value={ruleSet.settings.populousTownThreshold}
                step={1000}
                onCommit={(value) =>
                  attempt(() => setRuleSet(withRuleSettings(ruleSet, { populousTownThreshold: value })))
                }
                testId="populous-threshold"
              />
            </div>
            <div className="rule-row">
              <span className="check-label">{t('coverageTarget')}</span>
              <NumberInput
                label={t('coverageTarget')}
                value={Math.round(ruleSet.settings.coverageTarget * 1000) / 10}
                onCommit={(value) =>
                  attempt(() => setRuleSet(withRuleSettings(ruleSet, { coverageTarget: value / 100 })))
                }
                testId="coverage-target"
              />
              <small>%</small>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('schoolRulesTitle')}</legend>
            {schoolRules.map(ruleRow)}
          </fieldset>
          <fieldset>
            <legend>{t('ruleSetFile')}</legend>
            <p className="help">{ruleSet.title}</p>
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
              <button type="button" className="ghost" onClick={() => fileInput.current?.click()}>
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
                  let json: unknown;
                  try {
                    json = JSON.parse(await file.text());
                  } catch {
                    setRuleFileMessage(t('ruleFileNotJson', { file: file.name }));
                    return;
                  }
                  const parsed = parseRuleSet(json);
                  if (parsed.ok) {
                    setRuleSet(parsed.ruleSet);
                    setRuleFileMessage(t('ruleFileLoaded', { file: file.name, title: parsed.ruleSet.title }));
                  } else {
                    setRuleFileMessage(
                      `${file.name}：${parsed.errors.map((error) => (typeof error === 'string' ? error : tm(error))).join('；')}`,
                    );
                  }
                }}
              />
            </div>
            {ruleFileMessage ? (
              <p className="help" role="status" data-testid="rule-file-message">
                {ruleFileMessage}
              </p>
            ) : null}
          </fieldset>
        </>
      ) : null}

      <fieldset>
        <legend>{t('populationTitle')}</legend>
        <p className="help">{population?.label ?? t('populationNone')}</p>
      </fieldset>
    </aside>
  );
}
