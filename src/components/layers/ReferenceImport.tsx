/**
 * The import dialog's 参考图层 tab, a view of the import flow's reference session: the file
 * (GeoJSON, zipped Shapefile, KML/KMZ) read in the import worker, the coordinate-system question
 * when the file does not say, the layer's name, kind, colour, width, label field and source, the
 * features left out with why, and one commit (one undo step).
 */
import {
  COORDINATE_SYSTEMS,
  type CoordinateSystem,
  IMPORT_DESCRIPTORS,
  type ReferenceLayerRead,
  withReferenceKind,
} from '../../io/import-flow/index.ts';
import { FilePicker } from '../import/FilePicker.tsx';
import { CommitActions, ImportDone } from '../import/ImportSteps.tsx';
import { useImportSession } from '../import/use-import-session.ts';
import { useTranslation } from '../use-translation.ts';
import { KindField, LabelField } from './ReferenceFields.tsx';

/** Rejected features listed in the dialog; the rest are counted. */
const LISTED = 30;

const SYSTEM_KEYS = {
  wgs84: 'coordinateSystemWgs84',
  gcj02: 'coordinateSystemGcj02',
  bd09: 'coordinateSystemBd09',
} as const;

function ProjectionQuestion({
  read,
  onChoose,
}: {
  read: Extract<ReferenceLayerRead, { status: 'needs-projection' }>;
  onChoose: (projection: string) => void;
}) {
  const { t, tm } = useTranslation();
  return (
    <div className="field-group" data-testid="reference-projection-question">
      <p className="import-hint" role="alert">
        {tm(read.message)}
      </p>
      <label className="field">
        <span>{t('referenceProjection')}</span>
        <select
          defaultValue=""
          onChange={(event) => {
            if (event.target.value !== '') onChoose(event.target.value);
          }}
          data-testid="reference-projection"
        >
          {/* Nothing chosen at first: the file does not say, and a pre-selected answer would be a guess. */}
          <option value="">{t('referenceProjectionPick')}</option>
          {read.candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {tm(candidate.label)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ReferenceImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const { session, review, setOptions, setChoices, commit } = useImportSession('reference');
  const { file: picked, options, choices, done, progress } = session;
  const read = session.read;

  return (
    <div className="import-body reference-import" data-testid="reference-dialog">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <p className="help">{t('referenceDialogHelp')}</p>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.reference.accept}
            picked={picked}
            formats={t('referenceFormats')}
            onFile={onFile}
            testId="reference-file-input"
          />
          {progress !== null && picked ? <p>{t('referenceReading', { file: picked.name })}</p> : null}
          {session.failure ? (
            <p className="import-file-error" role="alert" data-testid="reference-error">
              {tm(session.failure)}
            </p>
          ) : null}
          {read?.status === 'error' ? (
            <p className="import-file-error" role="alert" data-testid="reference-error">
              {tm(read.message)}
            </p>
          ) : null}
          {read?.status === 'needs-projection' ? (
            <ProjectionQuestion read={read} onChoose={(projection) => setOptions({ projection })} />
          ) : null}
          {read?.status === 'ok' && read.projection !== null ? (
            <p className="help">{tm(read.projection.label)}</p>
          ) : null}
          {read?.status === 'ok' && read.projection === null ? (
            <label className="field">
              <span>{t('referenceCoordinates')}</span>
              <select
                value={options.coordinates ?? 'wgs84'}
                onChange={(event) => setOptions({ coordinates: event.target.value as CoordinateSystem })}
              >
                {COORDINATE_SYSTEMS.map((system) => (
                  <option key={system} value={system}>
                    {t(SYSTEM_KEYS[system])}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </section>
        {read?.status === 'ok' && choices && done === null ? (
          <section className="import-step">
            <h3>{t('referenceStepLook')}</h3>
            <label className="field">
              <span>{t('referenceName')}</span>
              <input
                type="text"
                value={choices.name}
                onChange={(event) => setChoices({ name: event.target.value })}
                data-testid="reference-name"
              />
            </label>
            <KindField
              value={choices.kind}
              onChange={(kind) => setChoices(withReferenceKind(choices, kind))}
            />
            <label className="field">
              <span>{t('referenceColour')}</span>
              <input
                type="color"
                value={choices.colour}
                onChange={(event) => setChoices({ colour: event.target.value })}
                data-testid="reference-colour"
              />
            </label>
            <label className="field">
              <span>{t('referenceWidth')}</span>
              <input
                type="number"
                min={0.5}
                max={8}
                step={0.5}
                value={choices.width}
                onChange={(event) => {
                  const width = Number(event.target.value);
                  if (Number.isFinite(width) && width > 0 && width <= 20) setChoices({ width });
                }}
                data-testid="reference-width"
              />
            </label>
            <LabelField
              value={choices.labelField}
              fields={read.fields}
              onChange={(labelField) => setChoices({ labelField })}
            />
            <label className="field">
              <span>{t('referenceSource')}</span>
              <input
                type="text"
                value={choices.source}
                onChange={(event) => setChoices({ source: event.target.value })}
              />
            </label>
          </section>
        ) : null}
      </div>
      <div className="import-column">
        {done ? (
          <ImportDone onClose={onClose}>
            <p data-testid="reference-done">{tm(done.message)}</p>
          </ImportDone>
        ) : review ? (
          <section className="import-step">
            <h3>{t('referenceStepReview')}</h3>
            <p data-testid="reference-counts">
              {t('referenceCounts', {
                accepted: review.read.layer.features.features.length,
                points: review.read.counts.points,
                lines: review.read.counts.lines,
                polygons: review.read.counts.polygons,
                rejected: review.read.rejected.length,
              })}
            </p>
            {review.read.warnings.length > 0 ? (
              <ul className="import-file-warnings">
                {review.read.warnings.map((warning) => (
                  <li key={tm(warning)}>{tm(warning)}</li>
                ))}
              </ul>
            ) : null}
            {review.read.rejected.length > 0 ? (
              <details open data-testid="reference-rejected">
                <summary>{t('referenceRejectedTitle')}</summary>
                <ul>
                  {review.read.rejected.slice(0, LISTED).map((rejected) => (
                    <li key={rejected.number}>{tm(rejected.message)}</li>
                  ))}
                </ul>
                {review.read.rejected.length > LISTED ? (
                  <p>{t('referenceRejectedMore', { count: review.read.rejected.length - LISTED })}</p>
                ) : null}
              </details>
            ) : null}
            {review.blocked ? (
              <p className="import-hint" role="alert">
                {tm(review.blocked)}
              </p>
            ) : null}
            <CommitActions
              label={t('referenceAdd')}
              disabled={review.blocked !== null || progress !== null}
              onCommit={commit}
              onCancel={onClose}
              testId="reference-add"
              cancelLabel={t('referenceCancel')}
            />
          </section>
        ) : (
          <section className="import-step">
            <h3>{t('referenceDialogTitle')}</h3>
            <p className="help">{t('referenceIntro')}</p>
          </section>
        )}
      </div>
    </div>
  );
}
