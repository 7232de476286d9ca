/**
 * The 选址建议 tab: the kind, how many sites, the radius and the constraints, the candidate set
 * (a grid or an imported list of parcels); then progress with a cancel button, and the result.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { targetShare } from '../../analysis/optimise/read-suggestion-request.ts';
import type { SuggestionRequest } from '../../analysis/plan-suggestion.ts';
import type { Message } from '../../domain/message.ts';
import { servesKind } from '../../domain/radius.ts';
import {
  type CandidateSiteRow,
  type CoordinateSystem,
  formatRowIssue,
  readCandidateSites,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import {
  cancelSuggestion,
  isSuggestionStale,
  requestExactEstimate,
  runSuggestion,
} from '../../store/suggestion-runner.ts';
import { selectDistance } from '../../store/travel-selectors.ts';
import { CoordinateSystemSelect } from '../import/ReadOptionFields.tsx';
import { NumberInput } from '../NumberInput.tsx';
import { ServiceKindSelect } from '../ServiceKindSelect.tsx';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useThresholdText } from '../travel/use-threshold-text.ts';
import { useTranslation } from '../use-translation.ts';
import {
  DEFAULT_QUESTION,
  type SuggestionQuestion,
  SuggestionQuestionFields,
} from './SuggestionQuestionFields.tsx';
import { SuggestionResultView } from './SuggestionResultView.tsx';

/** A list of parcels read from a file, with what could not be read. */
interface ParcelList {
  file: string;
  sites: CandidateSiteRow[];
  problems: Message[];
}

/** Most sites the form asks for (and the count objective's cap when none is given). */
const MAXIMUM_SITES = 200;

export function SuggestionForm() {
  const { t, tm } = useTranslation();
  const ruleTitle = useRuleTitle();
  const { kind, townships, ruleSet, radii, schools, suggestion, scenario, stale, candidates } = useAtlasStore(
    useShallow((state) => ({
      candidates: state.candidates,
      kind: state.analysisKind,
      townships: state.townships,
      ruleSet: state.ruleSet,
      radii: state.radii,
      schools: state.schools,
      suggestion: state.suggestion,
      scenario: state.scenario,
      stale: isSuggestionStale(state),
    })),
  );
  // By road time the rule set's minutes apply: no radius of the form's own.
  const byRoad = useAtlasStore((state) => selectDistance(state).model === 'road');
  const thresholdText = useThresholdText();
  const planned = useMemo(
    () => schools.filter((school) => school.projectType === '新建' && servesKind(school.type, kind)).length,
    [schools, kind],
  );
  const [count, setCount] = useState<number | null>(null);
  const [radius, setRadius] = useState<number | null>(null);
  const [minDistance, setMinDistance] = useState(0);
  const [spacing, setSpacing] = useState(500);
  const [source, setSource] = useState<'grid' | 'list'>('grid');
  const [parcels, setParcels] = useState<ParcelList | null>(null);
  const [coords, setCoords] = useState<CoordinateSystem>('wgs84');
  const [parcelFile, setParcelFile] = useState<File | null>(null);
  const [excluded, setExcluded] = useState<string[]>([]);
  const [requireRuleId, setRequireRuleId] = useState<string>('');
  const [question, setQuestion] = useState<SuggestionQuestion>(DEFAULT_QUESTION);
  const [excludedSites, setExcludedSites] = useState<{ lon: number; lat: number }[]>([]);
  const running = suggestion.status === 'running';
  const effectiveCount = count ?? Math.max(1, planned);
  const districtWide = radii[kind].urban === null && radii[kind].rural === null;

  const readParcels = async (file: File, system: CoordinateSystem) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await readCandidateSites(bytes, file.name, { coords: system });
    setParcels({
      file: file.name,
      sites: result.accepted.map((row) => row.record),
      problems: [
        ...result.fileErrors,
        ...result.rejected.flatMap((row) => row.errors.map(formatRowIssue)),
        ...result.accepted.flatMap((row) => row.warnings.map(formatRowIssue)),
      ],
    });
  };

  const kindCandidates = candidates.filter((candidate) => servesKind(candidate.type, kind));
  const defaultTarget = ruleSet ? Math.round(targetShare(ruleSet, kind, null) * 100) : 90;
  const requestOf = (excludeSites: { lon: number; lat: number }[]): SuggestionRequest => ({
    kind,
    // The count objective finds the number itself: the field is then only a cap.
    count: question.objective === 'count' ? (count ?? MAXIMUM_SITES) : effectiveCount,
    radius: byRoad ? null : radius,
    minDistance,
    includeTownships: [],
    excludeTownships: excluded,
    requireRuleId: requireRuleId === '' ? null : requireRuleId,
    candidates:
      source === 'grid' ? { source: 'grid', spacing } : { source: 'list', sites: parcels?.sites ?? [] },
    scenario,
    objective: question.objective,
    method: question.method,
    target: question.targetPercent === null ? null : question.targetPercent / 100,
    targetScope: question.targetScope,
    timeLimitSeconds: question.timeLimitSeconds,
    mustInclude: question.candidatesMustInclude
      ? kindCandidates.map((candidate) => ({ lon: candidate.lon, lat: candidate.lat, name: candidate.name }))
      : [],
    excludeSites,
    plannedSchools: question.reoptimisePlanned ? 'reoptimise' : 'fixed',
  });
  const request = requestOf(excludedSites);
  // The estimate depends on what the search would build, not on the method or the time limit.
  const estimateKey = JSON.stringify({ ...request, method: null, timeLimitSeconds: null, count: null });
  const estimateReady = suggestion.estimate?.key === estimateKey;
  // The estimate follows the key (everything it depends on), not every render: the request of the
  // render that changed the key is the one estimated.
  const latest = useRef({ request, waiting: false });
  latest.current = { request, waiting: source === 'list' && (parcels?.sites.length ?? 0) === 0 };
  useEffect(() => {
    if (latest.current.waiting) return;
    const timer = setTimeout(() => {
      void requestExactEstimate(useAtlasStore, { ...latest.current.request, method: 'exact' }, estimateKey);
    }, 400);
    return () => clearTimeout(timer);
  }, [estimateKey]);
  const start = (excludeSites = excludedSites) => {
    void runSuggestion(useAtlasStore, requestOf(excludeSites));
  };
  const excludeAndRerun = (site: { lon: number; lat: number }) => {
    const next = [...excludedSites, { lon: site.lon, lat: site.lat }];
    setExcludedSites(next);
    start(next);
  };
  // A mean-distance question chosen before the switch to road time waits for another objective.
  const canStart =
    !running &&
    !(byRoad && question.objective === 'distance') &&
    (source === 'grid' || (parcels?.sites.length ?? 0) > 0);
  const townshipRules = ruleSet?.rules.filter((rule) => rule.level === 'township' && rule.enabled) ?? [];

  return (
    <div className="suggestion-form" data-testid="suggestion-form">
      <fieldset disabled={running}>
        <div className="field-row">
          <label htmlFor="suggest-kind">{t('planningKind')}</label>
          <ServiceKindSelect id="suggest-kind" testId="suggest-kind" />
        </div>
        <SuggestionQuestionFields
          question={question}
          onChange={setQuestion}
          estimate={estimateReady ? (suggestion.estimate ?? null) : null}
          defaultTargetPercent={defaultTarget}
          plannedCount={planned}
          candidateCount={kindCandidates.length}
          byRoad={byRoad}
        />
        <div className="field-row">
          <span>{question.objective === 'count' ? t('optimiseCountCap') : t('suggestCount')}</span>
          <NumberInput
            label={question.objective === 'count' ? t('optimiseCountCap') : t('suggestCount')}
            value={question.objective === 'count' ? count : effectiveCount}
            onCommit={(value) => {
              if (!Number.isInteger(value) || value < 1 || value > MAXIMUM_SITES)
                return t('suggestCountInvalid');
              setCount(value);
              return null;
            }}
            testId="suggest-count"
          />
        </div>
        <p className="hint-line muted">{t('suggestPlannedCount', { count: planned })}</p>
        {byRoad ? (
          <p className="hint-line muted" data-testid="suggest-road-threshold">
            {t('suggestByRoad', { threshold: thresholdText(kind).join(' · ') })}
          </p>
        ) : (
          <div className="field-row">
            <span>{t('suggestRadius')}</span>
            <NumberInput
              label={t('suggestRadius')}
              value={radius}
              placeholder={
                districtWide
                  ? t('suggestRadiusRequired')
                  : t('suggestRadiusDefault', {
                      urban: String(radii[kind].urban ?? '—'),
                      rural: String(radii[kind].rural ?? '—'),
                    })
              }
              onCommit={(value) => {
                if (!(value > 0)) return t('radiusPositive');
                setRadius(value);
                return null;
              }}
              onClear={() => {
                setRadius(null);
                return null;
              }}
              testId="suggest-radius"
            />
          </div>
        )}
        <div className="field-row">
          <span>{t('suggestMinDistance')}</span>
          <NumberInput
            label={t('suggestMinDistance')}
            value={minDistance}
            onCommit={(value) => {
              if (!(value >= 0)) return t('suggestNonNegative');
              setMinDistance(value);
              return null;
            }}
            testId="suggest-min-distance"
          />
        </div>
        <fieldset className="suggest-source">
          <legend>{t('suggestCandidates')}</legend>
          <label className="check-row">
            <input
              type="radio"
              name="suggest-source"
              checked={source === 'grid'}
              onChange={() => setSource('grid')}
            />
            <span>{t('suggestGrid')}</span>
            <NumberInput
              label={t('suggestSpacing')}
              value={spacing}
              onCommit={(value) => {
                if (!(value >= 50)) return t('suggestSpacingInvalid');
                setSpacing(value);
                return null;
              }}
              testId="suggest-spacing"
            />
          </label>
          <label className="check-row">
            <input
              type="radio"
              name="suggest-source"
              checked={source === 'list'}
              onChange={() => setSource('list')}
              data-testid="suggest-source-list"
            />
            <span>{t('suggestList')}</span>
          </label>
          {source === 'list' ? (
            <div className="suggest-list">
              <input
                type="file"
                accept=".csv,.tsv,.txt,.xlsx"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (!file) return;
                  setParcelFile(file);
                  void readParcels(file, coords);
                }}
                data-testid="suggest-list-file"
              />
              <CoordinateSystemSelect
                value={coords}
                hint={null}
                onChange={(system) => {
                  setCoords(system);
                  if (parcelFile) void readParcels(parcelFile, system);
                }}
              />
              {parcels ? (
                <div data-testid="suggest-list-report">
                  <p>{t('suggestListRead', { file: parcels.file, count: parcels.sites.length })}</p>
                  {parcels.problems.length > 0 ? (
                    <ul className="problem-list">
                      {parcels.problems.slice(0, 20).map((problem) => (
                        <li key={tm(problem)}>{tm(problem)}</li>
                      ))}
                      {parcels.problems.length > 20 ? (
                        <li>{t('suggestMoreProblems', { count: parcels.problems.length - 20 })}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </div>
              ) : (
                <p className="muted">{t('suggestListHint')}</p>
              )}
            </div>
          ) : null}
        </fieldset>
        <fieldset className="suggest-townships">
          <legend>{t('suggestTownships')}</legend>
          {townships?.features.map((feature) => {
            const { code, name } = feature.properties;
            return (
              <label key={code} className="check-row">
                <input
                  type="checkbox"
                  checked={!excluded.includes(code)}
                  onChange={(event) =>
                    setExcluded((list) =>
                      event.target.checked ? list.filter((item) => item !== code) : [...list, code],
                    )
                  }
                  data-testid={`suggest-township-${code}`}
                />
                <span>{name}</span>
              </label>
            );
          })}
        </fieldset>
        <label className="field-row">
          <span>{t('suggestRequireRule')}</span>
          <select
            value={requireRuleId}
            onChange={(event) => setRequireRuleId(event.target.value)}
            data-testid="suggest-require-rule"
          >
            <option value="">{t('suggestRequireNone')}</option>
            {townshipRules.map((rule) => (
              <option key={rule.id} value={rule.id}>
                {ruleTitle(rule)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {running ? (
        <div className="suggest-progress" role="status" data-testid="suggest-progress">
          <progress
            max={suggestion.progress?.count ?? effectiveCount}
            value={suggestion.progress?.picked ?? 0}
          />
          <span>
            {t('suggestProgress', {
              picked: suggestion.progress?.picked ?? 0,
              count: suggestion.progress?.count ?? effectiveCount,
            })}
          </span>
          <button type="button" className="ghost" onClick={cancelSuggestion} data-testid="suggest-cancel">
            {t('suggestCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary-action"
          disabled={!canStart}
          onClick={() => start()}
          data-testid="suggest-start"
        >
          {t('suggestStart')}
        </button>
      )}
      {suggestion.status === 'error' ? (
        <p className="field-error" role="alert" data-testid="suggest-error">
          {suggestion.error ? tm(suggestion.error) : null}
        </p>
      ) : null}
      {suggestion.status === 'cancelled' ? (
        <p className="muted" role="status" data-testid="suggest-cancelled">
          {t('suggestCancelled')}
        </p>
      ) : null}
      {suggestion.status === 'done' && stale ? (
        <p className="hint" role="status" data-testid="suggest-stale">
          {t('suggestStale')}
        </p>
      ) : null}
      {suggestion.status === 'done' && suggestion.result && suggestion.request ? (
        <SuggestionResultView
          result={suggestion.result}
          request={suggestion.request}
          onExclude={excludeAndRerun}
          excludedCount={excludedSites.length}
          onClearExcluded={() => {
            setExcludedSites([]);
            start([]);
          }}
        />
      ) : null}
    </div>
  );
}
