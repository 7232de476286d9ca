/**
 * The seat side of a candidate site (选址): its seats (the default new school of its stage unless
 * given) as a field of the editor, and the children it would newly give a seat beside the
 * population it newly covers — in its figures and in the table of candidates.
 */
import type { CandidateSite } from '../../domain/candidate.ts';
import { newSiteSeats, STAGE_NAME_KEYS, seatSettingsOf, seatStagesOf } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount } from '../format.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

/** The candidate's seats: a number, or empty for the default new school of its stage. */
export function CandidateSeatsField({ candidate }: { candidate: CandidateSite }) {
  const { t } = useTranslation();
  const settings = useAtlasStore((state) => (state.ruleSet ? seatSettingsOf(state.ruleSet.settings) : null));
  const stages = seatStagesOf(candidate);
  if (!settings || stages.length === 0) return null;
  const defaults = stages.map((stage) =>
    t('candidateSeatsDefaultPart', {
      stage: t(STAGE_NAME_KEYS[stage]),
      classes: settings.newSiteClasses[stage],
      size: settings.classSizes[stage],
      seats: formatCount(newSiteSeats(settings, stage)),
    }),
  );
  const change = (seats: number | null) => useAtlasStore.getState().updateCandidate(candidate.id, { seats });
  return (
    <div className="field-row">
      <span>{t('candidateSeats')}</span>
      <NumberInput
        label={t('candidateSeats')}
        value={candidate.seats ?? null}
        placeholder={t('candidateSeatsDefault', {
          seats: formatCount(stages.reduce((sum, stage) => sum + newSiteSeats(settings, stage), 0)),
        })}
        onCommit={(value) => {
          if (!(value >= 0) || !Number.isInteger(value)) return t('candidateSeatsWhole');
          change(value);
          return null;
        }}
        onClear={() => {
          change(null);
          return null;
        }}
        testId="candidate-seats"
      />
      <small className="muted">{defaults.join(t('seatListSeparator'))}</small>
    </div>
  );
}

/** The children a candidate (or, with `id` null, all candidates together) would newly give a seat. */
export function CandidateNewlySeated({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const report = useAtlasStore((state) => state.candidateSeats);
  if (!report) return <>…</>;
  const stages =
    id === null
      ? report.combined.map((entry) => ({ ...entry, seats: null, defaultSeats: false }))
      : (report.candidates.find((candidate) => candidate.id === id)?.stages ?? []);
  if (stages.length === 0) return <>—</>;
  return (
    <>
      {stages.map((entry) => (
        <div
          key={entry.stage}
          data-testid={id === null ? undefined : `candidate-newly-seated-${entry.stage}`}
        >
          {t('candidateNewlySeatedValue', {
            stage: t(STAGE_NAME_KEYS[entry.stage]),
            children: entry.newlySeated === null ? '—' : `+${formatCount(entry.newlySeated)}`,
          })}
          {entry.seats !== null ? (
            <small className="muted">
              {t(entry.defaultSeats ? 'candidateSeatsOfDefault' : 'candidateSeatsOf', {
                seats: formatCount(entry.seats),
              })}
            </small>
          ) : null}
        </div>
      ))}
    </>
  );
}
