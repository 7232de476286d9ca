/** The right panel: everything about the selected school, or a summary of the selected township. */
import { lazy, Suspense, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { boundsOf } from '../analysis/bounds-of.ts';
import { scenarioName } from '../domain/scenario.ts';
import {
  ROSTER_COLUMNS,
  type RosterColumn,
  SCHOOL_TYPES,
  type School,
  schoolState,
} from '../domain/school.ts';
import { valueName } from '../domain/vocabulary.ts';
import {
  columnLabel,
  type Language,
  localTitle,
  schoolStateLabel,
  schoolTypeLabel,
  serviceKindLabel,
  translateValue,
} from '../i18n/index.ts';
import { rosterCells } from '../io/import-flow/index.ts';
import { useAtlasStore } from '../store/index.ts';
import {
  selectScenarioAnalysis,
  selectSelectedSchoolIndex,
  selectTownshipSchoolCounts,
} from '../store/selectors.ts';
import { DistanceHistogram } from './DistanceHistogram.tsx';
import { formatShare } from './format.ts';
import { Loading } from './Loading.tsx';
import { lazyScreen } from './lazy-screen.ts';
import { TownshipDetour } from './travel/TownshipDetour.tsx';
import { useRuleTitle } from './travel/use-rule-title.ts';
import { useTranslation } from './use-translation.ts';

/** Columns holding a value of a closed list (the roster's words), shown in the interface language. */
const CLOSED_LIST_COLUMNS: ReadonlySet<RosterColumn> = new Set<RosterColumn>([
  '办学性质',
  '寄宿制',
  '中心校',
  '普惠性',
  '标准化建设',
  '项目类型',
  '项目状态',
]);

/** A roster cell as shown: the export's text, the type and closed-list values in the interface language. */
function cell(school: School, column: RosterColumn, language: Language): string {
  if (column === '学校类型') return schoolTypeLabel(language, school.type);
  const text = rosterCells(school)[column];
  return CLOSED_LIST_COLUMNS.has(column) ? translateValue(language, valueName(text)) : text;
}

function SchoolDetail({ school }: { school: School }) {
  const { t, language } = useTranslation();
  const focusOn = useAtlasStore((state) => state.focusOn);
  const openDraft = useAtlasStore((state) => state.openDraft);
  const deleteSchool = useAtlasStore((state) => state.deleteSchool);
  // The 学位 screen shows the school's seats first; elsewhere they follow its attributes.
  const seatView = useAtlasStore((state) => state.view === 'seats');
  const flags = useAtlasStore(
    (state) => selectScenarioAnalysis(state)?.schoolFlags.find((item) => item.code === school.code)?.flags,
  );
  return (
    <>
      <h2 className="detail-name" data-testid="detail-name">
        {school.name}
      </h2>
      <p className="detail-kind">
        {schoolTypeLabel(language, school.type)} · {schoolStateLabel(language, schoolState(school))}
      </p>
      <div className="detail-actions">
        <button
          type="button"
          className="link"
          onClick={() => focusOn({ kind: 'point', lon: school.lon, lat: school.lat, zoom: 15 })}
        >
          {t('detailZoomTo')}
        </button>
        <button
          type="button"
          className="ghost edit-control"
          onClick={() => openDraft({ mode: 'edit', code: school.code })}
          data-testid="edit-school"
        >
          {t('editSchool')}
        </button>
        <button
          type="button"
          className="ghost danger edit-control"
          onClick={() => deleteSchool(school.code)}
          data-testid="delete-school"
        >
          {t('deleteSchool')}
        </button>
      </div>
      {flags && flags.length > 0 ? (
        <ul className="flag-list" data-testid="school-flags" aria-label={t('schoolFlagsTitle')}>
          {flags.map((flag) => (
            <li key={flag.ruleId}>
              ⚑{' '}
              {t('schoolFlagLine', {
                rule: localTitle(language, flag),
                actual: flag.actual === null ? t('schoolFlagNoComputer') : Math.round(flag.actual * 10) / 10,
                limit: flag.limit,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {seatView ? <SchoolSeats school={school} /> : null}
      <dl className="attribute-list" data-testid="detail-attributes">
        {ROSTER_COLUMNS.map((column) => {
          const value = cell(school, column, language);
          return (
            <div key={column} className="attribute">
              <dt>{columnLabel(language, column)}</dt>
              <dd>{value === '' ? t('empty') : value}</dd>
            </div>
          );
        })}
      </dl>
      {seatView ? null : <SchoolSeats school={school} />}
    </>
  );
}

function TownshipDetail({ code }: { code: string }) {
  const { t, tm, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const { townships, seats, counts, scenario } = useAtlasStore(
    useShallow((state) => ({
      townships: state.townships,
      seats: state.seats,
      counts: selectTownshipSchoolCounts(state).get(code),
      scenario: state.scenario,
    })),
  );
  const focusOn = useAtlasStore((state) => state.focusOn);
  const analysis = useAtlasStore((state) =>
    selectScenarioAnalysis(state)?.townships.find((item) => item.code === code),
  );
  const scenarioTitle = useAtlasStore((state) => selectScenarioAnalysis(state)?.scenarioTitle);
  const analysisKind = useAtlasStore((state) => state.analysisKind);
  const feature = townships?.features.find((item) => item.properties.code === code);
  const seat = seats?.features.find((item) => item.properties.code === code);
  if (!feature) return null;
  return (
    <>
      <h2 className="detail-name" data-testid="detail-name">
        {feature.properties.name}
      </h2>
      <p className="detail-kind">
        {feature.properties.code}
        {feature.properties.approximate ? ` · ${t('townshipApproximate')}` : ''}
      </p>
      {seat?.properties.proxy ? (
        <p className="detail-note">{t('townshipSeatProxy', { kind: seat.properties.pointKind })}</p>
      ) : null}
      <button
        type="button"
        className="link"
        onClick={() => focusOn({ kind: 'bounds', bounds: boundsOf(feature) })}
      >
        {t('townshipZoomTo')}
      </button>
      {analysis ? (
        <>
          <h3>{scenarioTitle ? tm(scenarioTitle) : null}</h3>
          <ul className="township-rules" data-testid="township-rules">
            {analysis.rules.map((rule) => (
              <li key={rule.id} className={rule.pass === null ? 'na' : rule.pass ? 'pass' : 'fail'}>
                <span className="mark">{rule.pass === null ? '—' : rule.pass ? '✓' : '✗'}</span>{' '}
                {rule.pass === null
                  ? ruleTitle(rule)
                  : t('ruleResultLine', {
                      rule: ruleTitle(rule),
                      figures:
                        rule.measure === 'population-coverage'
                          ? `${formatShare(rule.actual)} / ${formatShare(rule.required)}`
                          : `${rule.actual ?? '—'} / ${rule.required}`,
                    })}
              </li>
            ))}
          </ul>
          <DistanceHistogram
            coverage={analysis.coverage[analysisKind]}
            radius={analysis.coverage[analysisKind].radius}
            kindName={serviceKindLabel(language, analysisKind)}
          />
          <TownshipDetour code={code} />
        </>
      ) : null}
      <Suspense fallback={null}>
        <TownshipSeatDetail code={code} />
      </Suspense>
      <h3 data-testid="township-schools-title">
        {t('townshipSchoolsInScenario', { scenario: scenarioName(scenario), total: counts?.total ?? 0 })}
      </h3>
      {counts ? (
        <dl className="attribute-list" data-testid="township-school-counts">
          {SCHOOL_TYPES.filter((type) => counts.types[type] > 0).map((type) => (
            <div key={type} className="attribute" data-testid={`township-count-${type}`}>
              <dt>{schoolTypeLabel(language, type)}</dt>
              <dd>{counts.types[type]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="detail-note">{t('townshipNoSchools')}</p>
      )}
    </>
  );
}

// The seat figures of a school or township: code of their own, loaded when a detail first shows
// them (the panel itself is not on the first screen unless a link selects something).
const SchoolSeatDetail = lazyScreen(() =>
  import('./seats/SchoolSeatDetail.tsx').then((module) => module.SchoolSeatDetail),
);
const TownshipSeatDetail = lazyScreen(() =>
  import('./seats/TownshipSeatDetail.tsx').then((module) => module.TownshipSeatDetail),
);

function SchoolSeats({ school }: { school: School }) {
  return (
    <Suspense fallback={null}>
      <SchoolSeatDetail school={school} />
    </Suspense>
  );
}

// The form (and the roster reader its checks use) is not part of the first load: it is fetched
// as soon as a school is selected or edit mode is on, so it is at hand when the form opens.
const loadSchoolForm = () => import('./SchoolForm.tsx');
const SchoolForm = lazy(() => loadSchoolForm().then((module) => ({ default: module.SchoolForm })));

export function DetailPanel() {
  const { t } = useTranslation();
  const selection = useAtlasStore((state) => state.selection);
  const school = useAtlasStore((state) => state.schools[selectSelectedSchoolIndex(state)]);
  const select = useAtlasStore((state) => state.select);
  const draft = useAtlasStore((state) => state.draft);
  const editing = useAtlasStore((state) => state.editing);
  const formNear = editing || selection?.kind === 'school' || draft !== null;
  useEffect(() => {
    if (formNear) void loadSchoolForm().catch(() => undefined);
  }, [formNear]);
  if (draft) {
    return (
      <aside className="right-panel" data-testid="detail-panel">
        <Loading>
          <SchoolForm key={draft.mode === 'edit' ? draft.code : `${draft.lon},${draft.lat}`} draft={draft} />
        </Loading>
      </aside>
    );
  }
  if (!selection) return null;
  return (
    <aside className="right-panel" data-testid="detail-panel" aria-label={t('detailTitle')}>
      <div className="panel-heading">
        <span className="panel-kicker">
          {selection.kind === 'school' ? t('detailTitle') : t('townshipDetailTitle')}
        </span>
        <button type="button" className="ghost" onClick={() => select(null)} aria-label={t('detailClose')}>
          ×
        </button>
      </div>
      {selection.kind === 'school' && school ? <SchoolDetail school={school} /> : null}
      {selection.kind === 'township' ? <TownshipDetail code={selection.code} /> : null}
    </aside>
  );
}
