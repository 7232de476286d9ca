/**
 * The 撤并 tab: which schools may close (by type, by enrolment, or picked on the map), as many as
 * possible or a given number, the coverage each township must keep, the method; then the proposal
 * — drawn on the map as arrows from each closed school to the one receiving its pupils — with its
 * quality and table. Running a proposal is one undoable step: 撤销 takes it back.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SearchMethod } from '../../analysis/optimise/objective.ts';
import type { ConsolidationRequest } from '../../analysis/optimise/plan-consolidation.ts';
import { targetShare } from '../../analysis/optimise/read-suggestion-request.ts';
import { SERVICE_KINDS_BY_SCHOOL_TYPE, servesKind } from '../../domain/radius.ts';
import { SCHOOL_TYPES, type SchoolType } from '../../domain/school.ts';
import { schoolTypeLabel } from '../../i18n/index.ts';
import {
  cancelConsolidation,
  isConsolidationStale,
  runConsolidation,
} from '../../store/consolidation-runner.ts';
import { useAtlasStore } from '../../store/index.ts';
import { ServiceKindSelect } from '../ServiceKindSelect.tsx';
import { useTranslation } from '../use-translation.ts';
import { ConsolidationResultView } from './ConsolidationResultView.tsx';
import { OptionalNumberField, TargetPercentField } from './OptionalNumberField.tsx';

export function ConsolidationPanel() {
  const { t, tm, language } = useTranslation();
  const { kind, ruleSet, schools, scenario, selection, plan, run, stale } = useAtlasStore(
    useShallow((state) => ({
      kind: state.analysisKind,
      ruleSet: state.ruleSet,
      schools: state.schools,
      scenario: state.scenario,
      selection: state.selection,
      plan: state.consolidationPlan,
      run: state.consolidationRun,
      stale: isConsolidationStale(state),
    })),
  );
  const typesOfKind = SCHOOL_TYPES.filter((type) => SERVICE_KINDS_BY_SCHOOL_TYPE[type].includes(kind));
  const [types, setTypes] = useState<SchoolType[]>(['教学点']);
  const [maxEnrolment, setMaxEnrolment] = useState<number | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [closeCount, setCloseCount] = useState<number | null>(null);
  const [targetPercent, setTargetPercent] = useState<number | null>(null);
  const [method, setMethod] = useState<SearchMethod>('swap');
  const [keepSeats, setKeepSeats] = useState(true);
  const running = run.status === 'running';
  const defaultTarget = ruleSet ? Math.round(targetShare(ruleSet, kind, null) * 100) : 90;
  const selected =
    selection?.kind === 'school' ? schools.find((school) => school.code === selection.code) : undefined;
  const canAddSelected =
    selected !== undefined && servesKind(selected.type, kind) && !codes.includes(selected.code);
  const chosenTypes = types.filter((type) => typesOfKind.includes(type));

  const start = () => {
    const request: ConsolidationRequest = {
      kind,
      types: chosenTypes,
      maxEnrolment,
      codes,
      closeCount,
      target: targetPercent === null ? null : targetPercent / 100,
      radius: null,
      scenario,
      method,
      keepSeats,
    };
    void runConsolidation(useAtlasStore, request);
  };

  return (
    <div className="consolidation-panel" data-testid="consolidation-panel">
      <p className="hint-line muted">{t('optimiseConsolidationIntro')}</p>
      <fieldset disabled={running}>
        <div className="field-row">
          <label htmlFor="consolidate-kind">{t('optimiseConsolidationKind')}</label>
          <ServiceKindSelect id="consolidate-kind" testId="consolidate-kind" />
        </div>
        <fieldset className="consolidate-types">
          <legend>{t('optimiseConsolidationTypes')}</legend>
          {typesOfKind.map((type) => (
            <label key={type} className="check-row">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(event) =>
                  setTypes((list) =>
                    event.target.checked ? [...list, type] : list.filter((item) => item !== type),
                  )
                }
                data-testid={`consolidate-type-${type}`}
              />
              <span>{schoolTypeLabel(language, type)}</span>
            </label>
          ))}
        </fieldset>
        <OptionalNumberField
          label={t('optimiseConsolidationMaxEnrolment')}
          value={maxEnrolment}
          placeholder={t('optimiseConsolidationNoLimit')}
          problemOf={(value) =>
            Number.isInteger(value) && value >= 0 ? null : t('optimiseConsolidationWhole')
          }
          onChange={setMaxEnrolment}
          testId="consolidate-max-enrolment"
        />
        <div className="consolidate-codes">
          <span>{t('optimiseConsolidationByHand', { count: codes.length })}</span>{' '}
          <button
            type="button"
            className="link"
            disabled={!canAddSelected}
            onClick={() => selected && setCodes((list) => [...list, selected.code])}
            data-testid="consolidate-add-selected"
          >
            {selected
              ? t('optimiseConsolidationAddSelected', { name: selected.name })
              : t('optimiseConsolidationSelectFirst')}
          </button>
          {codes.length > 0 ? (
            <button type="button" className="link" onClick={() => setCodes([])}>
              {t('optimiseConsolidationClearHand')}
            </button>
          ) : null}
        </div>
        <OptionalNumberField
          label={t('optimiseConsolidationCount')}
          value={closeCount}
          placeholder={t('optimiseConsolidationMost')}
          problemOf={(value) =>
            Number.isInteger(value) && value >= 1 ? null : t('optimiseConsolidationWhole')
          }
          onChange={setCloseCount}
          testId="consolidate-count"
        />
        <TargetPercentField
          value={targetPercent}
          defaultPercent={defaultTarget}
          onChange={setTargetPercent}
          testId="consolidate-target"
        />
        <label className="check-row">
          <input
            type="checkbox"
            checked={keepSeats}
            onChange={(event) => setKeepSeats(event.target.checked)}
            data-testid="consolidate-keep-seats"
          />
          <span>{t('optimiseConsolidationKeepSeats')}</span>
        </label>
        <label className="field-row">
          <span>{t('optimiseMethod')}</span>
          <select
            value={method}
            onChange={(event) => setMethod(event.target.value as SearchMethod)}
            data-testid="consolidate-method"
          >
            <option value="greedy">{t('optimiseMethodGreedy')}</option>
            <option value="swap">{t('optimiseMethodSwap')}</option>
            <option value="exact">{t('optimiseMethodExact')}</option>
          </select>
        </label>
      </fieldset>
      {running ? (
        <div className="suggest-progress" role="status" data-testid="consolidate-progress">
          <span>{t('optimiseConsolidationRunning')}</span>
          <button
            type="button"
            className="ghost"
            onClick={cancelConsolidation}
            data-testid="consolidate-cancel"
          >
            {t('suggestCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary-action"
          disabled={chosenTypes.length === 0 && maxEnrolment === null && codes.length === 0}
          onClick={start}
          data-testid="consolidate-start"
        >
          {t('optimiseConsolidationStart')}
        </button>
      )}
      {run.status === 'error' && run.error ? (
        <p className="field-error" role="alert" data-testid="consolidate-error">
          {tm(run.error)}
        </p>
      ) : null}
      {plan && stale ? (
        <p className="hint" role="status" data-testid="consolidate-stale">
          {t('optimiseConsolidationStale')}
        </p>
      ) : null}
      {plan ? <ConsolidationResultView plan={plan} /> : null}
    </div>
  );
}
