/**
 * The likely duplicates of a roster import: each incoming school that is probably a school the
 * roster has under another code (or none), what it matched and why, and the user's answer —
 * merge into that school, keep as a school of its own, or leave out — per row and for all.
 */
import { schoolTypeName } from '../../domain/school.ts';
import {
  DUPLICATE_DISTANCE_METRES,
  type DuplicateDecision,
  defaultDuplicateDecision,
  type LikelyDuplicate,
  type MergeMode,
} from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';

const DECISIONS: readonly DuplicateDecision[] = ['merge', 'keep', 'drop'];

/** Rows shown before "and n more" (the answer for all still covers them). */
const SHOWN_ROWS = 200;

export function DuplicateList({
  duplicates,
  mode,
  decisions,
  onDecide,
}: {
  duplicates: readonly LikelyDuplicate[];
  mode: MergeMode;
  decisions: Readonly<Record<number, DuplicateDecision>>;
  onDecide: (decisions: Record<number, DuplicateDecision>) => void;
}) {
  const { t, tm } = useTranslation();
  const fallback = defaultDuplicateDecision(mode);
  const label = (decision: DuplicateDecision) =>
    decision === 'merge'
      ? t('duplicateMerge')
      : decision === 'keep'
        ? t('duplicateKeep')
        : t('duplicateDrop');
  const decideAll = (decision: DuplicateDecision) =>
    onDecide(Object.fromEntries(duplicates.map((duplicate) => [duplicate.row, decision])));
  return (
    <div className="import-duplicates" data-testid="likely-duplicates">
      <p className="warn">
        {t('duplicatesTitle', { count: duplicates.length, metres: DUPLICATE_DISTANCE_METRES })}
      </p>
      <div className="button-row">
        <span>{t('duplicatesAll')}</span>
        {DECISIONS.map((decision) => (
          <button
            key={decision}
            type="button"
            className="ghost"
            onClick={() => decideAll(decision)}
            data-testid={`duplicates-all-${decision}`}
          >
            {label(decision)}
          </button>
        ))}
      </div>
      <div className="import-issues">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('duplicateRow')}</th>
              <th scope="col">{t('duplicateIncoming')}</th>
              <th scope="col">{t('duplicateExisting')}</th>
              <th scope="col">{t('duplicateDecision')}</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.slice(0, SHOWN_ROWS).map((duplicate) => (
              <tr key={duplicate.row} data-testid={`duplicate-row-${duplicate.row}`}>
                <td>{duplicate.row}</td>
                <td>
                  {duplicate.incoming.name} <span className="muted">{duplicate.incoming.township}</span>
                </td>
                <td>
                  {duplicate.existing.name} <span className="muted">{duplicate.existing.code}</span>
                  <br />
                  <small className="muted">
                    {duplicate.reason === 'same-name-and-township'
                      ? t('duplicateSameName')
                      : t('duplicateNearby', {
                          type: tm(schoolTypeName(duplicate.incoming.type)),
                          metres: Math.round(duplicate.metres),
                        })}
                  </small>
                </td>
                <td>
                  <select
                    value={decisions[duplicate.row] ?? fallback}
                    onChange={(event) =>
                      onDecide({ ...decisions, [duplicate.row]: event.target.value as DuplicateDecision })
                    }
                    aria-label={t('duplicateDecision')}
                    data-testid={`duplicate-decision-${duplicate.row}`}
                  >
                    {DECISIONS.map((decision) => (
                      <option key={decision} value={decision}>
                        {label(decision)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {duplicates.length > SHOWN_ROWS ? (
        <p className="help">{t('duplicatesMore', { count: duplicates.length - SHOWN_ROWS })}</p>
      ) : null}
    </div>
  );
}
