/**
 * The selected candidate: its attributes (type, ownership, boarding, central, radius, name), its
 * what-if figures, and the actions: adopt as a planned school (one undo step) or delete.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CandidateSite } from '../../domain/candidate.ts';
import { errorMessage, type Message } from '../../domain/message.ts';
import { SCHOOL_TYPES } from '../../domain/school.ts';
import { schoolTypeLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectCandidatePlaces } from '../../store/selectors.ts';
import { NumberInput } from '../NumberInput.tsx';
import { makeSchoolFieldsForPoint } from '../new-school-fields.ts';
import { CandidateSeatsField } from '../seats/CandidateSeats.tsx';
import { useTranslation } from '../use-translation.ts';
import { CandidateFigures } from './CandidateFigures.tsx';

export function CandidateEditor({ candidate }: { candidate: CandidateSite }) {
  const { t, tm, language } = useTranslation();
  const { place, schools, assessment, running } = useAtlasStore(
    useShallow((state) => ({
      place: selectCandidatePlaces(state).get(candidate.id),
      schools: state.schools,
      assessment: state.candidateReport?.assessments.find((item) => item.id === candidate.id) ?? null,
      running: state.candidateStatus === 'running',
    })),
  );
  const { updateCandidate, deleteCandidate, adoptCandidate, select } = useAtlasStore.getState();
  const [message, setMessage] = useState<Message | null>(null);
  const change = (fields: Partial<Omit<CandidateSite, 'id'>>) => updateCandidate(candidate.id, fields);

  const adopt = () => {
    const used = new Set(schools.map((school) => school.code));
    const code = makeSchoolFieldsForPoint(candidate.lon, candidate.lat, '', used, '').学校代码;
    try {
      adoptCandidate(candidate.id, code, place?.townshipName ?? '');
      select({ kind: 'school', code });
      setMessage(null);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <section className="candidate-editor" data-testid="candidate-editor" aria-label={candidate.name}>
      <label className="field-row">
        <span>{t('candidateName')}</span>
        <input
          value={candidate.name}
          onChange={(event) => change({ name: event.target.value })}
          data-testid="candidate-name"
        />
      </label>
      <label className="field-row">
        <span>{t('candidateType')}</span>
        <select
          value={candidate.type}
          onChange={(event) => change({ type: event.target.value as CandidateSite['type'] })}
          data-testid="candidate-type"
        >
          {SCHOOL_TYPES.map((type) => (
            <option key={type} value={type}>
              {schoolTypeLabel(language, type)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-row">
        <span>{t('candidateOwnership')}</span>
        <select
          value={candidate.ownership}
          onChange={(event) => change({ ownership: event.target.value as CandidateSite['ownership'] })}
        >
          <option value="公办">{t('ownershipPublic')}</option>
          <option value="民办">{t('ownershipPrivate')}</option>
        </select>
      </label>
      <div className="field-row checks">
        <label className="check-row">
          <input
            type="checkbox"
            checked={candidate.boarding}
            onChange={(event) => change({ boarding: event.target.checked })}
            data-testid="candidate-boarding"
          />
          <span>{t('candidateBoarding')}</span>
        </label>
        <label className="check-row">
          <input
            type="checkbox"
            checked={candidate.central}
            onChange={(event) => change({ central: event.target.checked })}
          />
          <span>{t('candidateCentral')}</span>
        </label>
      </div>
      <div className="field-row">
        <span>{t('candidateRadius')}</span>
        <NumberInput
          label={t('candidateRadius')}
          value={candidate.radius}
          placeholder={
            place?.radius === null || place?.radius === undefined
              ? t('candidateRadiusDistrict')
              : t('candidateRadiusDefault', { metres: String(place.radius) })
          }
          onCommit={(value) => {
            if (!(value > 0)) return t('radiusPositive');
            change({ radius: value });
            return null;
          }}
          onClear={() => {
            change({ radius: null });
            return null;
          }}
          testId="candidate-radius"
        />
      </div>
      <CandidateSeatsField candidate={candidate} />
      <p className="candidate-place" data-testid="candidate-place">
        {place?.townshipName
          ? t('candidateInTownship', { township: place.townshipName })
          : t('candidateOutside')}{' '}
        · {candidate.lon.toFixed(5)}, {candidate.lat.toFixed(5)}
      </p>
      {assessment ? (
        <CandidateFigures assessment={assessment} stale={running} />
      ) : (
        <p className="muted">{t('candidateAssessing')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="edit-control"
          onClick={adopt}
          data-testid="candidate-adopt"
          title={t('candidateAdoptTitle')}
        >
          {t('candidateAdopt')}
        </button>
        <button type="button" className="ghost" onClick={() => deleteCandidate(candidate.id)}>
          {t('candidateDelete')}
        </button>
      </div>
      {message ? (
        <p className="field-error" role="alert">
          {tm(message)}
        </p>
      ) : null}
    </section>
  );
}
