/**
 * The candidates side by side under the map: one column per candidate and one for all of them
 * together, one row per figure. A column header selects its candidate.
 */
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CandidateKindEffect } from '../../analysis/assess-candidates.ts';
import { SERVICE_KINDS } from '../../domain/radius.ts';
import { schoolTypeLabel, serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectCandidatePlaces } from '../../store/selectors.ts';
import { formatCount, formatDistance, formatShare } from '../format.ts';
import { CandidateNewlySeated } from '../seats/CandidateSeats.tsx';
import { useCostFormat } from '../travel/use-cost-format.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';

export function CandidateTable() {
  const { t, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const { candidates, report, selected, places, running } = useAtlasStore(
    useShallow((state) => ({
      candidates: state.candidates,
      report: state.candidateReport,
      selected: state.selectedCandidate,
      places: selectCandidatePlaces(state),
      running: state.candidateStatus === 'running',
    })),
  );
  const { selectCandidate } = useAtlasStore.getState();
  const cost = useCostFormat(report?.distance);
  const seatBaseYear = useAtlasStore((state) => state.candidateSeats?.baseYear);
  const assessmentOf = (id: string) => report?.assessments.find((item) => item.id === id);
  const perKind = (id: string, show: (effect: CandidateKindEffect) => string): ReactNode => {
    const effects = assessmentOf(id)?.effects;
    if (!effects) return '…';
    return effects.map((effect) => (
      <div key={effect.kind}>
        {effects.length > 1 ? `${serviceKindLabel(language, effect.kind)} ` : ''}
        {show(effect)}
      </div>
    ));
  };
  const rows: { label: string; cell: (id: string) => ReactNode; total?: ReactNode }[] = [
    {
      label: t('candidateColumnTownship'),
      cell: (id) => places.get(id)?.townshipName || t('candidateOutside'),
    },
    {
      label: t('candidateType'),
      cell: (id) => {
        const candidate = candidates.find((item) => item.id === id);
        if (!candidate) return '';
        const attributes = [
          schoolTypeLabel(language, candidate.type),
          candidate.ownership === '公办' ? t('ownershipPublic') : t('ownershipPrivate'),
          candidate.boarding ? t('candidateBoarding') : '',
        ];
        return attributes.filter(Boolean).join(' · ');
      },
    },
    {
      label: t('candidateRadius'),
      cell: (id) => perKind(id, (effect) => (effect.radius === null ? '—' : cost.format(effect.radius))),
    },
    {
      label: t('candidateNewlyCovered'),
      cell: (id) =>
        perKind(id, (effect) =>
          effect.newlyCovered === null ? '—' : `+${formatCount(effect.newlyCovered)}`,
        ),
      total: report
        ? SERVICE_KINDS.filter((kind) => report.combined.newlyCovered[kind] !== null).map((kind) => (
            <div key={kind}>
              {serviceKindLabel(language, kind)} +{formatCount(report.combined.newlyCovered[kind])}
            </div>
          ))
        : '…',
    },
    {
      label: t('candidateNewlySeated', { year: seatBaseYear ?? '' }),
      cell: (id) => <CandidateNewlySeated id={id} />,
      total: <CandidateNewlySeated id={null} />,
    },
    {
      label: t('candidateWithin'),
      cell: (id) => perKind(id, (effect) => formatCount(effect.populationWithin)),
    },
    {
      label: t('candidateOverlap'),
      cell: (id) =>
        perKind(id, (effect) =>
          effect.overlapPopulation === null
            ? '—'
            : t('candidateOverlapValue', {
                people: formatCount(effect.overlapPopulation),
                area: formatShare(effect.overlapAreaShare),
              }),
        ),
    },
    {
      label: t('candidateNearest'),
      cell: (id) =>
        perKind(id, (effect) =>
          effect.nearestExisting
            ? `${formatDistance(effect.nearestExisting.metres)}${
                effect.nearestExisting.minutes === null
                  ? ''
                  : ` · ${cost.format(effect.nearestExisting.minutes)}`
              }`
            : t('candidateNoneOfKind'),
        ),
    },
    {
      label: t('candidateRulesFixed'),
      cell: (id) => {
        const fixed = assessmentOf(id)?.rulesFixed;
        if (!fixed) return '…';
        return fixed.length === 0
          ? '—'
          : fixed.map((rule) => (
              <div key={`${rule.townshipCode}-${rule.ruleId}`}>
                ✗→✓ {rule.townshipName} {ruleTitle(rule)}
              </div>
            ));
      },
      total: report
        ? report.combined.rulesFixed.length === 0
          ? '—'
          : report.combined.rulesFixed.map((rule) => (
              <div key={`${rule.townshipCode}-${rule.ruleId}`}>
                ✗→✓ {rule.townshipName} {ruleTitle(rule)}
              </div>
            ))
        : '…',
    },
  ];
  return (
    <section className="candidate-table-panel" data-testid="candidate-table" aria-busy={running}>
      <div className="table-summary">
        <h2>{t('candidateTableTitle')}</h2>
        <span className="muted">
          {report ? t('candidateTableBasis', { scenario: report.scenarioTitle }) : ''}
        </span>
      </div>
      <div className="table-scroll">
        <table className="candidate-table">
          <thead>
            <tr>
              <th scope="col">{t('candidateColumnFigure')}</th>
              {candidates.map((candidate) => (
                <th key={candidate.id} scope="col" className={candidate.id === selected ? 'selected' : ''}>
                  <button type="button" className="link" onClick={() => selectCandidate(candidate.id)}>
                    {candidate.name}
                  </button>
                </th>
              ))}
              {candidates.length > 1 ? <th scope="col">{t('candidateColumnAll')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {candidates.map((candidate) => (
                  <td key={candidate.id} className={candidate.id === selected ? 'selected' : ''}>
                    {row.cell(candidate.id)}
                  </td>
                ))}
                {candidates.length > 1 ? <td className="total">{row.total ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
