/**
 * The official boundaries import, a view of the import flow's boundaries session: a GeoJSON or
 * zipped Shapefile read in the worker, its projection asked for when the file does not say
 * (never guessed), the attribute that names or codes each township, the match against the
 * district's townships, and one commit. Afterwards, the schools whose points fall outside their
 * stated 所属乡镇 are listed.
 */
import { useMemo, useState } from 'react';
import type { TownshipMismatch } from '../../analysis/find-township-mismatches.ts';
import {
  type BoundaryFileResult,
  IMPORT_DESCRIPTORS,
  knownTownshipsFor,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';
import { FilePicker } from './FilePicker.tsx';
import { CommitActions, ImportDone } from './ImportSteps.tsx';
import { EncodingSelect } from './ReadOptionFields.tsx';
import { useImportSession } from './use-import-session.ts';

/** What to call the place a projection was taken from. */
const PROJECTION_SOURCE_KEYS = {
  user: 'boundaryProjectionFromUser',
  prj: 'boundaryProjectionFromPrj',
  'geojson-crs': 'boundaryProjectionFromCrs',
  'geojson-default': 'boundaryProjectionFromDefault',
} as const;

/** The choice in the projection question: a candidate's id, or OTHER for a typed definition. */
const OTHER = 'other';

/** The projection question of a file that does not say its own (boundaries, roads, barriers). */
export function ProjectionQuestion({
  result,
  onChoose,
}: {
  result: Pick<Extract<BoundaryFileResult, { status: 'needs-projection' }>, 'message' | 'candidates'>;
  onChoose: (projection: string) => void;
}) {
  const { t, tm } = useTranslation();
  // Nothing is chosen at first: the file does not say, and a pre-selected answer would be a guess.
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState('');
  const projection = choice === OTHER ? other.trim() : choice;
  return (
    <div className="import-projection" data-testid="projection-question">
      <p className="import-hint" role="alert">
        {tm(result.message)}
      </p>
      <fieldset>
        <legend>{t('boundaryChooseProjection')}</legend>
        {result.candidates.map((candidate) => (
          <label key={candidate.id} className="check-row">
            <input
              type="radio"
              name="boundary-projection"
              value={candidate.id}
              checked={choice === candidate.id}
              onChange={() => setChoice(candidate.id)}
            />
            <span className="check-label">
              {tm(candidate.label)} <span className="muted">{candidate.id}</span>
            </span>
          </label>
        ))}
        <label className="check-row">
          <input
            type="radio"
            name="boundary-projection"
            value={OTHER}
            checked={choice === OTHER}
            onChange={() => setChoice(OTHER)}
          />
          <span className="check-label">{t('boundaryOtherProjection')}</span>
        </label>
        {choice === OTHER ? (
          <input
            type="text"
            className="import-projection-text"
            value={other}
            placeholder="EPSG:4525"
            spellCheck={false}
            onChange={(event) => setOther(event.target.value)}
            aria-label={t('boundaryOtherProjection')}
          />
        ) : null}
      </fieldset>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={projection === ''}
          onClick={() => onChoose(projection)}
          data-testid="projection-apply"
        >
          {t('boundaryReadWithProjection')}
        </button>
      </div>
    </div>
  );
}

/** A choice of one attribute field, with sample values; '' for none. */
export function FieldSelect({
  label,
  value,
  fields,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  fields: readonly { name: string; samples: string[] }[];
  onChange: (field: string | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="import-option">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        data-testid={testId}
      >
        <option value="">{t('boundaryNoField')}</option>
        {fields.map((field) => (
          <option key={field.name} value={field.name}>
            {field.samples.length > 0
              ? t('boundaryFieldWithSamples', { field: field.name, samples: field.samples.slice(0, 3) })
              : field.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function MismatchList({ mismatches }: { mismatches: readonly TownshipMismatch[] }) {
  const { t } = useTranslation();
  if (mismatches.length === 0) return <p data-testid="mismatches-none">{t('boundaryNoMismatches')}</p>;
  return (
    <>
      <p>{t('boundaryMismatchesTitle', { count: mismatches.length })}</p>
      <div className="import-issues" data-testid="mismatches">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('boundaryMismatchCode')}</th>
              <th scope="col">{t('boundaryMismatchName')}</th>
              <th scope="col">{t('boundaryMismatchStated')}</th>
              <th scope="col">{t('boundaryMismatchLocated')}</th>
            </tr>
          </thead>
          <tbody>
            {mismatches.map((mismatch) => (
              <tr key={mismatch.schoolCode}>
                <td>{mismatch.schoolCode}</td>
                <td>{mismatch.schoolName}</td>
                <td>{mismatch.statedName}</td>
                <td>{mismatch.locatedName ?? t('boundaryOutsideDistrict')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function BoundaryImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const { session, review: match, setOptions, setChoices, commit } = useImportSession('boundaries');
  const townships = useAtlasStore((state) => state.townships);
  const seats = useAtlasStore((state) => state.seats);
  const { file: picked, options, choices, done, progress } = session;
  const result: BoundaryFileResult | null =
    session.read ??
    (session.failure && picked ? { status: 'error', file: picked.name, message: session.failure } : null);
  const known = useMemo(() => knownTownshipsFor(townships, seats), [townships, seats]);
  const { nameField, codeField } = choices;
  const setProjection = (projection: string) => setOptions({ projection: projection || undefined });

  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.boundaries.accept}
            picked={picked}
            formats={t('importBoundaryFormats')}
            onFile={onFile}
            testId="import-boundary-file"
          />
          {result?.status === 'error' ? (
            <p className="import-file-error" role="alert" data-testid="import-file-error">
              {tm(result.message)}
            </p>
          ) : null}
          {result?.status === 'needs-projection' ? (
            <ProjectionQuestion result={result} onChoose={setProjection} />
          ) : null}
          {result?.status === 'ok' ? (
            <div className="import-options">
              <p className="help" data-testid="boundary-facts">
                {t('boundaryFeatureCount', { count: result.features.length })} · {t('boundaryProjection')}
                {t('boundaryProjectionWithSource', {
                  projection: result.projection.label,
                  source: t(PROJECTION_SOURCE_KEYS[result.projection.source]),
                })}
                {result.projection.source === 'user' ? (
                  <>
                    {' '}
                    <button type="button" className="link" onClick={() => setProjection('')}>
                      {t('boundaryChangeProjection')}
                    </button>
                  </>
                ) : null}
              </p>
              {result.attributeEncoding ? (
                <EncodingSelect
                  value={options.encoding ?? ''}
                  detected={result.attributeEncoding.encoding}
                  onChange={(encoding) => setOptions({ encoding: encoding || undefined })}
                />
              ) : null}
              {result.warnings.length > 0 ? (
                <ul className="import-file-warnings">
                  {result.warnings.map((warning) => (
                    <li key={tm(warning)}>{tm(warning)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </section>
        {result?.status === 'ok' && done === null ? (
          <section className="import-step">
            <h3>{t('boundaryStepFields')}</h3>
            <p className="help">{t('boundaryFieldsHelp')}</p>
            <div className="import-options">
              <FieldSelect
                label={t('boundaryNameField')}
                value={nameField}
                fields={result.fields}
                onChange={(field) => setChoices({ nameField: field })}
                testId="boundary-name-field"
              />
              <FieldSelect
                label={t('boundaryCodeField')}
                value={codeField}
                fields={result.fields}
                onChange={(field) => setChoices({ codeField: field })}
                testId="boundary-code-field"
              />
            </div>
          </section>
        ) : null}
      </div>
      <div className="import-column">
        {done ? (
          <ImportDone onClose={onClose}>
            <h3>{t('boundaryDoneTitle')}</h3>
            <p>{tm(done.message)}</p>
            <MismatchList mismatches={done.mismatches} />
          </ImportDone>
        ) : match ? (
          <section className="import-step">
            <h3>{t('boundaryStepReport')}</h3>
            <div className="import-report" data-testid="import-report">
              <dl className="import-counts">
                <div className="accepted">
                  <dt>{t('boundaryMatched')}</dt>
                  <dd data-testid="boundary-matched">
                    {match.townships.features.length} / {known.length}
                  </dd>
                </div>
                <div className="rejected">
                  <dt>{t('boundaryUnmatched')}</dt>
                  <dd data-testid="boundary-unmatched">{match.unmatchedFeatures.length}</dd>
                </div>
              </dl>
              <ul className="import-merge import-matched">
                {match.townships.features.map((feature) => (
                  <li key={feature.properties.code}>
                    ✓ {feature.properties.name} <span className="muted">{feature.properties.code}</span>
                    {match.mergedTownships.includes(feature.properties.code) ? ` ${t('boundaryMerged')}` : ''}
                  </li>
                ))}
                {match.unmatchedFeatures.map((feature) => (
                  <li key={`unmatched-${feature.index}`} className="warn">
                    {t('boundaryUnmatchedFeature', {
                      index: feature.index + 1,
                      name: feature.name || '—',
                      code: feature.code || '—',
                    })}
                  </li>
                ))}
                {match.townshipsWithoutBoundary.length > 0 ? (
                  <li className="warn">
                    {t('boundaryWithoutBoundary', {
                      names: match.townshipsWithoutBoundary.map((township) => township.name),
                    })}
                  </li>
                ) : null}
              </ul>
            </div>
            <CommitActions
              label={t('boundaryCommit', { count: match.townships.features.length })}
              disabled={match.townships.features.length === 0 || progress !== null}
              onCommit={commit}
              onCancel={onClose}
            />
          </section>
        ) : (
          <section className="import-step">
            <h3>{t('boundaryIntroTitle')}</h3>
            <p className="help">{t('boundaryIntro')}</p>
          </section>
        )}
      </div>
    </div>
  );
}
