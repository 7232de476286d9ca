/**
 * The 候选点 tab: the kind to weigh, placing a candidate by a click on the map, the list of
 * candidates with the people each newly covers, and the selected one's editor.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore } from '../../store/index.ts';
import { selectCandidatePlaces } from '../../store/selectors.ts';
import { formatCount } from '../format.ts';
import { ServiceKindSelect } from '../ServiceKindSelect.tsx';
import { useTranslation } from '../use-translation.ts';
import { CandidateEditor } from './CandidateEditor.tsx';

export function CandidateList() {
  const { t } = useTranslation();
  const { candidates, selected, placing, places, report, status, error } = useAtlasStore(
    useShallow((state) => ({
      candidates: state.candidates,
      selected: state.selectedCandidate,
      placing: state.placingCandidate,
      places: selectCandidatePlaces(state),
      report: state.candidateReport,
      status: state.candidateStatus,
      error: state.candidateError,
    })),
  );
  const { setPlacingCandidate, selectCandidate } = useAtlasStore.getState();
  const selectedCandidate = candidates.find((candidate) => candidate.id === selected) ?? null;
  return (
    <div className="candidate-list-tab">
      <div className="field-row">
        <label htmlFor="planning-kind">{t('planningKind')}</label>
        <ServiceKindSelect id="planning-kind" testId="planning-kind" />
      </div>
      <button
        type="button"
        className={`place-button${placing ? ' on' : ''}`}
        aria-pressed={placing}
        onClick={() =>
          placing ? setPlacingCandidate(false) : setPlacingCandidate(true, t('candidateNamePrefix'))
        }
        data-testid="place-candidate"
      >
        {placing ? t('placeCandidateCancel') : t('placeCandidate')}
      </button>
      {placing ? <p className="hint">{t('placeCandidateHint')}</p> : null}
      {candidates.length === 0 ? (
        <p className="muted">{t('candidatesEmpty')}</p>
      ) : (
        <ul className="candidate-items" data-testid="candidate-items">
          {candidates.map((candidate) => {
            const assessment = report?.assessments.find((item) => item.id === candidate.id);
            const newly = assessment?.effects.reduce<number | null>(
              (largest, effect) =>
                effect.newlyCovered === null ? largest : Math.max(largest ?? 0, effect.newlyCovered),
              null,
            );
            return (
              <li key={candidate.id}>
                <button
                  type="button"
                  className={candidate.id === selected ? 'on' : ''}
                  aria-current={candidate.id === selected ? 'true' : undefined}
                  onClick={() => selectCandidate(candidate.id)}
                  data-testid={`candidate-item-${candidate.id}`}
                >
                  <span className="candidate-swatch" aria-hidden="true" />
                  <span className="candidate-item-name">{candidate.name}</span>
                  <span className="muted">{places.get(candidate.id)?.townshipName ?? ''}</span>
                  <span className="count">
                    {newly === undefined || newly === null ? '…' : `+${formatCount(newly)}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {status === 'error' ? (
        <p className="field-error" role="alert">
          {t('candidateError', { message: error ?? '' })}
        </p>
      ) : null}
      {selectedCandidate ? <CandidateEditor candidate={selectedCandidate} /> : null}
    </div>
  );
}
