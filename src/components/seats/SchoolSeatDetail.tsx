/**
 * The seats of the selected school in the detail panel: for each stage it serves, its seats and
 * where the figure comes from, its pupils, the children the allocation gives it in the year shown,
 * and those children over the forecast years.
 */
import { useShallow } from 'zustand/react/shallow';
import type { SeatSource } from '../../analysis/seats/count-school-seats.ts';
import type { MessageKey } from '../../domain/message.ts';
import type { School } from '../../domain/school.ts';
import { STAGE_NAME_KEYS, seatStagesOf } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectSeatForecast, selectSeatYear } from '../../store/seat-selectors.ts';
import { formatCount, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';

const SOURCE_KEYS: Record<SeatSource, MessageKey> = {
  approved: 'seatSourceApproved',
  'stage-approved': 'seatSourceStageApproved',
  'remainder-approved': 'seatSourceRemainderApproved',
  'split-approved': 'seatSourceSplitApproved',
  classes: 'seatSourceClasses',
  'split-classes': 'seatSourceSplitClasses',
  unknown: 'seatSourceUnknown',
};

export function SchoolSeatDetail({ school }: { school: School }) {
  const { t } = useTranslation();
  const { forecast, year, scenario } = useAtlasStore(
    useShallow((state) => ({
      forecast: selectSeatForecast(state),
      year: selectSeatYear(state),
      scenario: state.scenario,
    })),
  );
  const stages = seatStagesOf(school);
  if (!forecast || year === null) return null;
  const scenarioName = t(scenario.kind === 'current' ? 'scenarioCurrent' : 'scenarioPlanned');
  if (stages.length === 0) {
    return <p className="detail-note">{t('seatDetailNotServing')}</p>;
  }
  const position = forecast.years.indexOf(year);
  return (
    <section className="school-seats" data-testid="school-seats">
      <h3>{t('seatDetailTitle', { scenario: scenarioName, year })}</h3>
      {stages.map((stage) => {
        const stageForecast = forecast.stages.find((entry) => entry.stage === stage);
        const index = stageForecast?.years[0]?.schools.findIndex((entry) => entry.code === school.code) ?? -1;
        const figures = index >= 0 ? stageForecast?.years[position]?.schools[index] : undefined;
        if (!stageForecast || !figures) return null;
        const closure = stageForecast.closureCandidates.find((candidate) => candidate.code === school.code);
        const over = figures.seats !== null && figures.enrolled !== null && figures.enrolled > figures.seats;
        const share = (value: number | null) =>
          value === null || figures.seats === null || figures.seats === 0 ? null : value / figures.seats;
        return (
          <div key={stage} className="school-seat-stage" data-stage={stage}>
            {stages.length > 1 ? <h4>{t(STAGE_NAME_KEYS[stage])}</h4> : null}
            <dl className="attribute-list">
              <div className="attribute">
                <dt>{t('seatDetailSeats')}</dt>
                <dd data-testid={`school-seats-${stage}`}>
                  {formatCount(figures.seats)}{' '}
                  <small className="muted">
                    {t('seatDetailSource', { source: t(SOURCE_KEYS[figures.seatSource]) })}
                  </small>
                </dd>
              </div>
              <div className="attribute">
                <dt>{t('seatDetailEnrolled')}</dt>
                <dd>
                  {formatCount(figures.enrolled)}
                  {stages.length > 1 ? (
                    <small className="muted"> {t('seatDetailEnrolledSplit')}</small>
                  ) : null}
                </dd>
              </div>
              <div className="attribute">
                <dt>{t('seatDetailUtilisation')}</dt>
                <dd className={over ? 'over' : ''}>
                  {formatShare(share(figures.enrolled))}
                  {over ? ` · ${t('seatDetailOver')}` : ''}
                </dd>
              </div>
              <div className="attribute">
                <dt>{t('seatDetailAllocated')}</dt>
                <dd data-testid={`school-allocated-${stage}`}>{formatCount(figures.allocated)}</dd>
              </div>
              <div className="attribute">
                <dt>{t('seatDetailAllocatedShare')}</dt>
                <dd>{formatShare(share(figures.allocated))}</dd>
              </div>
            </dl>
            <table className="school-seat-forecast" aria-label={t('seatDetailForecast')}>
              <caption>{t('seatDetailForecast')}</caption>
              <tbody>
                {stageForecast.years.map((balance, yearIndex) => {
                  const allocated = balance.schools[index]?.allocated ?? 0;
                  const width = figures.seats ? Math.min(100, (allocated / figures.seats) * 100) : 0;
                  return (
                    <tr key={forecast.years[yearIndex]} className={yearIndex === position ? 'current' : ''}>
                      <th scope="row">{forecast.years[yearIndex]}</th>
                      <td className="bar-cell">
                        <span className="bar" style={{ width: `${width}%` }} />
                      </td>
                      <td className="number">{formatCount(allocated)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {closure ? <p className="warning">{t('seatDetailClosure', { year: closure.year })}</p> : null}
          </div>
        );
      })}
    </section>
  );
}
