/**
 * The roads and barriers tabs of the import dialog, views of their sessions in the store's import
 * flow: a road network (GeoJSON or zipped Shapefile) read in the import worker, its projection
 * asked for when the file does not say, the attributes holding class, speed and name (found by
 * themselves, changeable: the file is read again), the report with every rejected feature and the
 * loose ends, and one undoable commit; barrier files (rivers, reservoirs) the same way, added to
 * the barriers in use.
 */
import type { Message } from '../../domain/message.ts';
import {
  type BarrierFileResult,
  IMPORT_DESCRIPTORS,
  type RoadNetworkResult,
} from '../../io/import-flow/index.ts';
import { FieldSelect, ProjectionQuestion } from '../import/BoundaryImport.tsx';
import { FilePicker } from '../import/FilePicker.tsx';
import { CommitActions, ImportDone } from '../import/ImportSteps.tsx';
import { EncodingSelect } from '../import/ReadOptionFields.tsx';
import { useImportSession } from '../import/use-import-session.ts';
import { useTranslation } from '../use-translation.ts';
import { RoadReportView } from './RoadReportView.tsx';

/** A session's result to show: the read, or the failure of a file that could not be read at all. */
function shownResult<T extends RoadNetworkResult | BarrierFileResult>(
  read: T | null,
  failure: Message | null,
  file: string | undefined,
): T | { status: 'error'; file: string; reason: Message } | null {
  if (read) return read;
  return failure && file ? { status: 'error', file, reason: failure } : null;
}

/** A file's read step: the error, the projection question, or what was read (projection, encoding). */
function ReadState({
  result,
  onProjection,
  encoding,
  onEncoding,
}: {
  result: RoadNetworkResult | BarrierFileResult;
  onProjection: (projection: string) => void;
  encoding?: string;
  onEncoding?: (encoding: string) => void;
}) {
  const { t, tm } = useTranslation();
  if (result.status === 'error') {
    return (
      <p className="import-file-error" role="alert" data-testid="import-file-error">
        {tm(result.reason)}
      </p>
    );
  }
  if (result.status === 'needs-projection') {
    return (
      <ProjectionQuestion
        result={{ message: result.reason, candidates: result.candidates }}
        onChoose={onProjection}
      />
    );
  }
  return (
    <div className="import-options">
      <p className="help" data-testid="road-facts">
        {t('boundaryProjection')}
        {tm(result.projection.label)}
        {result.projection.source === 'user' ? (
          <>
            {' '}
            <button type="button" className="link" onClick={() => onProjection('')}>
              {t('boundaryChangeProjection')}
            </button>
          </>
        ) : null}
      </p>
      {'attributeEncoding' in result && result.attributeEncoding && onEncoding ? (
        <EncodingSelect
          value={encoding ?? ''}
          detected={result.attributeEncoding.encoding}
          onChange={onEncoding}
        />
      ) : null}
      {result.notes.length > 0 ? (
        <ul className="import-file-warnings">
          {result.notes.map((note) => (
            <li key={note.key}>{tm(note)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The barriers tab: pick, read, review every rejected feature, add. */
export function BarrierImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const { session, review, setOptions, commit } = useImportSession('barriers');
  const { file: picked, done, progress } = session;
  const result = shownResult(session.read, session.failure, picked?.name);
  return (
    <div className="import-body" data-testid="barrier-import">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <p className="help">{t('barrierHelp')}</p>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.barriers.accept}
            picked={picked}
            formats={t('importRoadFormats')}
            onFile={onFile}
            testId="import-barrier-file"
          />
          {progress ? <p className="help">{t('roadReading')}</p> : null}
          {result ? (
            <ReadState
              result={result}
              onProjection={(projection) => setOptions({ projection: projection || undefined })}
            />
          ) : null}
        </section>
      </div>
      <div className="import-column">
        {done ? (
          <ImportDone onClose={onClose}>
            <h3>{t('barrierTitle')}</h3>
            <p data-testid="barrier-done">{tm(done.message)}</p>
          </ImportDone>
        ) : review ? (
          <section className="import-step">
            <h3>{t('importStepReport')}</h3>
            <div className="import-report" data-testid="barrier-report">
              <p>
                {t('barrierCounts', {
                  features: review.read.report.features,
                  lines: review.read.report.lines,
                })}
              </p>
              {review.read.report.rejected.length > 0 ? (
                <ul className="import-issues">
                  {review.read.report.rejected.slice(0, 200).map((item) => (
                    <li key={item.feature} className="rejected">
                      {t('barrierRejected', {
                        file: review.read.file,
                        feature: item.feature,
                        reason: tm(item.reason),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="help">{t('barrierAdds', { layers: review.layersInUse })}</p>
            </div>
            <CommitActions
              label={t('barrierCommit', { lines: review.read.report.lines })}
              disabled={progress !== null}
              onCommit={commit}
              onCancel={onClose}
              testId="barrier-commit"
            />
          </section>
        ) : (
          <section className="import-step">
            <h3>{t('barrierTitle')}</h3>
            <p className="help">{t('barrierIntro')}</p>
          </section>
        )}
      </div>
    </div>
  );
}

/** The roads tab. */
export function RoadImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm } = useTranslation();
  const { session, review, setOptions, commit } = useImportSession('roads');
  const { file: picked, options, done, progress } = session;
  const result = shownResult(session.read, session.failure, picked?.name);
  const chosen = result?.status === 'ok' ? result.report.fields : null;
  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.roads.accept}
            picked={picked}
            formats={t('importRoadFormats')}
            onFile={onFile}
            testId="import-road-file"
          />
          {progress ? <p className="help">{t('roadReading')}</p> : null}
          {result ? (
            <ReadState
              result={result}
              onProjection={(projection) => setOptions({ projection: projection || undefined })}
              encoding={options.encoding ?? ''}
              onEncoding={(encoding) => setOptions({ encoding: encoding || undefined })}
            />
          ) : null}
        </section>
        {result?.status === 'ok' && chosen && done === null ? (
          <section className="import-step">
            <h3>{t('roadFieldsTitle')}</h3>
            <p className="help">{t('roadFieldsHelp')}</p>
            <div className="import-options">
              <FieldSelect
                label={t('roadClassField')}
                value={chosen.roadClass}
                fields={result.fields}
                onChange={(field) => setOptions({ classField: field })}
                testId="road-class-field"
              />
              <FieldSelect
                label={t('roadSpeedField')}
                value={chosen.speed}
                fields={result.fields}
                onChange={(field) => setOptions({ speedField: field })}
                testId="road-speed-field"
              />
              <FieldSelect
                label={t('roadNameField')}
                value={chosen.name}
                fields={result.fields}
                onChange={(field) => setOptions({ nameField: field })}
                testId="road-name-field"
              />
            </div>
          </section>
        ) : null}
      </div>
      <div className="import-column">
        {done ? (
          <ImportDone onClose={onClose}>
            <h3>{t('roadDoneTitle')}</h3>
            <p>{tm(done.message)}</p>
          </ImportDone>
        ) : review ? (
          <section className="import-step">
            <h3>{t('importStepReport')}</h3>
            <RoadReportView report={review.read.report} sample={review.read.network.sample} />
            {review.replaces ? <p className="help">{t('roadReplaces', { file: review.replaces })}</p> : null}
            <CommitActions
              label={t('roadCommit', { lines: review.read.report.lines })}
              disabled={progress !== null}
              onCommit={commit}
              onCancel={onClose}
            />
          </section>
        ) : (
          <section className="import-step">
            <h3>{t('roadIntroTitle')}</h3>
            <p className="help">{t('roadIntro')}</p>
          </section>
        )}
      </div>
    </div>
  );
}
