/**
 * The roads tab of the import dialog: a road network (GeoJSON or zipped Shapefile) read in a
 * worker, its projection asked for when the file does not say, the attributes holding class,
 * speed and name (found by themselves, changeable), the report, and one undoable commit; below,
 * barrier files (rivers, reservoirs) added the same way.
 */
import { useEffect, useState } from 'react';
import { message } from '../../domain/message.ts';
import type { BarrierFileResult } from '../../io/read-barrier-file.ts';
import type { ReadRoadOptions, RoadNetworkResult } from '../../io/read-road-network.ts';
import { useAtlasStore } from '../../store/index.ts';
import { readBarrierFileInWorker, readRoadNetworkInWorker } from '../../workers/read-lines-in-worker.ts';
import { FieldSelect, ProjectionQuestion } from '../import/BoundaryImport.tsx';
import { FilePicker } from '../import/FilePicker.tsx';
import { ImportDone } from '../import/ImportSteps.tsx';
import { type PickedFile, readPickedFile } from '../import/picked-file.ts';
import { EncodingSelect } from '../import/ReadOptionFields.tsx';
import { useNearLongitude } from '../import/use-near-longitude.ts';
import { useTranslation } from '../use-translation.ts';
import { RoadReportView } from './RoadReportView.tsx';

export const ROADS_ACCEPT = '.geojson,.json,.zip,.pbf';

/** The attribute fields chosen by the user; undefined = as found by the reader. */
type FieldChoice = Pick<ReadRoadOptions, 'classField' | 'speedField' | 'nameField'>;

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

/** The barrier part of the tab: pick, read, add. */
function BarrierImport() {
  const { t, tm } = useTranslation();
  const nearLongitude = useNearLongitude();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [projection, setProjection] = useState('');
  const [result, setResult] = useState<BarrierFileResult | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!picked) return;
    let cancelled = false;
    void readBarrierFileInWorker(picked.bytes, picked.name, {
      ...(projection ? { projection } : {}),
      ...(nearLongitude !== undefined ? { nearLongitude } : {}),
    }).then((read) => {
      if (!cancelled) setResult(read);
    });
    return () => {
      cancelled = true;
    };
  }, [picked, projection, nearLongitude]);
  return (
    <section className="import-step" data-testid="barrier-import">
      <h3>{t('barrierTitle')}</h3>
      <p className="help">{t('barrierHelp')}</p>
      <FilePicker
        accept=".geojson,.json,.zip"
        picked={picked}
        formats={t('importRoadFormats')}
        onFile={(file) => {
          setAdded(null);
          setResult(null);
          setProjection('');
          void readPickedFile(file).then(setPicked);
        }}
        testId="import-barrier-file"
      />
      {result ? <ReadState result={result} onProjection={setProjection} /> : null}
      {result?.status === 'ok' && added === null ? (
        <>
          {result.report.rejected.length > 0 ? (
            <ul className="import-issues">
              {result.report.rejected.slice(0, 200).map((item) => (
                <li key={item.feature} className="rejected">
                  {t('barrierRejected', { feature: item.feature, reason: tm(item.reason) })}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                const { barriers, replaceData } = useAtlasStore.getState();
                replaceData({ barriers: [...barriers, result.barrier] });
                setAdded(t('barrierDone', { file: result.file, lines: result.report.lines }));
              }}
              data-testid="barrier-commit"
            >
              {t('barrierCommit', { lines: result.report.lines })}
            </button>
          </div>
        </>
      ) : null}
      {added ? (
        <p role="status" data-testid="barrier-done">
          {added}
        </p>
      ) : null}
    </section>
  );
}

export function RoadImport({
  picked,
  onFile,
  onClose,
}: {
  picked: PickedFile | null;
  onFile: (file: File) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nearLongitude = useNearLongitude();
  const current = useAtlasStore((state) => state.roads);
  const [projection, setProjection] = useState('');
  const [encoding, setEncoding] = useState('');
  const [fields, setFields] = useState<FieldChoice>({});
  const [result, setResult] = useState<RoadNetworkResult | null>(null);
  const [reading, setReading] = useState(false);
  const [done, setDone] = useState<{ lines: number } | null>(null);

  useEffect(() => {
    if (!picked) return;
    if (picked.problem) {
      setResult({
        status: 'error',
        file: picked.name,
        reason: message('travelImportRefused', { reason: picked.problem }),
      });
      return;
    }
    let cancelled = false;
    setReading(true);
    void readRoadNetworkInWorker(picked.bytes, picked.name, {
      ...fields,
      ...(projection ? { projection } : {}),
      ...(encoding ? { encoding } : {}),
      ...(nearLongitude !== undefined ? { nearLongitude } : {}),
    }).then((read) => {
      if (cancelled) return;
      setReading(false);
      setResult(read);
    });
    return () => {
      cancelled = true;
    };
  }, [picked, projection, encoding, fields, nearLongitude]);

  const commit = () => {
    if (result?.status !== 'ok') return;
    useAtlasStore.getState().replaceData({ roads: result.network });
    setDone({ lines: result.network.lines.length });
  };

  const chosen = result?.status === 'ok' ? result.report.fields : null;
  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={ROADS_ACCEPT}
            picked={picked}
            formats={t('importRoadFormats')}
            onFile={onFile}
            testId="import-road-file"
          />
          {reading ? <p className="help">{t('roadReading')}</p> : null}
          {result ? (
            <ReadState
              result={result}
              onProjection={setProjection}
              encoding={encoding}
              onEncoding={setEncoding}
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
                onChange={(field) => setFields((value) => ({ ...value, classField: field }))}
                testId="road-class-field"
              />
              <FieldSelect
                label={t('roadSpeedField')}
                value={chosen.speed}
                fields={result.fields}
                onChange={(field) => setFields((value) => ({ ...value, speedField: field }))}
                testId="road-speed-field"
              />
              <FieldSelect
                label={t('roadNameField')}
                value={chosen.name}
                fields={result.fields}
                onChange={(field) => setFields((value) => ({ ...value, nameField: field }))}
                testId="road-name-field"
              />
            </div>
          </section>
        ) : null}
        <BarrierImport />
      </div>
      <div className="import-column">
        {done ? (
          <ImportDone onClose={onClose}>
            <h3>{t('roadDoneTitle')}</h3>
            <p>{t('roadDone', { lines: done.lines })}</p>
          </ImportDone>
        ) : result?.status === 'ok' ? (
          <section className="import-step">
            <h3>{t('importStepReport')}</h3>
            <RoadReportView report={result.report} sample={result.network.sample} />
            {current ? <p className="help">{t('roadReplaces', { file: current.file })}</p> : null}
            <div className="dialog-actions">
              <button type="button" className="ghost" onClick={onClose}>
                {t('settingsCancel')}
              </button>
              <button type="button" className="primary" onClick={commit} data-testid="import-commit">
                {t('roadCommit', { lines: result.report.lines })}
              </button>
            </div>
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
