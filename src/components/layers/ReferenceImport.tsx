/**
 * Importing a reference layer: the file is read (GeoJSON, zipped Shapefile, KML/KMZ), the user
 * sees what was read and every feature left out with why, answers the coordinate-system question
 * when the file does not say, names the layer and picks its kind and label field, and adds it as
 * one undo step. The reading is `readReferenceLayer`, the same pure function a worker or the
 * command line can call.
 */
import { useRef, useState } from 'react';
import { REFERENCE_KIND_STYLES, type ReferenceLayerKind } from '../../domain/reference-layer.ts';
import { COORDINATE_SYSTEMS, type CoordinateSystem } from '../../io/convert-coordinates.ts';
import type { ReadReferenceOptions, ReferenceLayerRead } from '../../io/read-reference-layer.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';
import { KindField, LabelField } from './ReferenceFields.tsx';

/** Rejected features listed in the dialog; the rest are counted. */
const LISTED = 30;

const SYSTEM_KEYS = {
  wgs84: 'coordinateSystemWgs84',
  gcj02: 'coordinateSystemGcj02',
  bd09: 'coordinateSystemBd09',
} as const;

export function ReferenceImport() {
  const { t, tm } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const add = useAtlasStore((state) => state.addReferenceLayer);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [read, setRead] = useState<ReferenceLayerRead | null>(null);
  const [options, setOptions] = useState<ReadReferenceOptions>({});
  const [projection, setProjection] = useState('');
  const [draft, setDraft] = useState<{
    name: string;
    kind: ReferenceLayerKind;
    labelField: string | null;
    source: string;
  } | null>(null);

  const load = async (name: string, bytes: Uint8Array, next: ReadReferenceOptions) => {
    setRead(null);
    setOptions(next);
    // The readers (Shapefile, KML, projections) load with the first import, not with the app.
    const { readReferenceLayer } = await import('../../io/read-reference-layer.ts');
    const result = await readReferenceLayer(bytes, name, next);
    setRead(result);
    if (result.status === 'ok') {
      const { layer } = result;
      setDraft({ name: layer.name, kind: layer.kind, labelField: layer.labelField, source: layer.source });
    } else if (result.status === 'needs-projection') setProjection(result.candidates[0]?.id ?? '');
  };
  const close = () => {
    setFile(null);
    setRead(null);
    setDraft(null);
    setOptions({});
  };
  const commit = () => {
    if (read?.status !== 'ok' || !draft) return;
    const style = REFERENCE_KIND_STYLES[draft.kind];
    add({ ...read.layer, ...draft, colour: style.colour, width: style.width });
    close();
  };

  return (
    <div className="reference-import">
      <button
        type="button"
        className="ghost"
        onClick={() => input.current?.click()}
        data-testid="reference-import"
      >
        {t('referenceImport')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,.zip,.kml,.kmz"
        hidden
        data-testid="reference-file-input"
        onChange={async (event) => {
          const chosen = event.target.files?.[0];
          event.target.value = '';
          if (!chosen) return;
          const bytes = new Uint8Array(await chosen.arrayBuffer());
          setFile({ name: chosen.name, bytes });
          await load(chosen.name, bytes, {});
        }}
      />
      {file ? (
        <div
          className="reference-dialog"
          role="dialog"
          aria-label={t('referenceDialogTitle')}
          data-testid="reference-dialog"
        >
          <h3>{t('referenceDialogTitle')}</h3>
          <p className="help">{t('referenceDialogHelp')}</p>
          {!read ? <p>{t('referenceReading', { file: file.name })}</p> : null}
          {read?.status === 'error' ? (
            <p className="error" role="alert" data-testid="reference-error">
              {tm(read.message)}
            </p>
          ) : null}
          {read?.status === 'needs-projection' ? (
            <div className="field-group">
              <p>{tm(read.message)}</p>
              <label className="field">
                <span>{t('referenceProjection')}</span>
                <select
                  value={projection}
                  onChange={(event) => setProjection(event.target.value)}
                  data-testid="reference-projection"
                >
                  {read.candidates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {tm(candidate.label)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="ghost"
                onClick={() => void load(file.name, file.bytes, { ...options, projection })}
              >
                {t('referenceProjectionApply')}
              </button>
            </div>
          ) : null}
          {read?.status === 'ok' && draft ? (
            <>
              <p data-testid="reference-counts">
                {t('referenceCounts', {
                  accepted: read.layer.features.features.length,
                  points: read.counts.points,
                  lines: read.counts.lines,
                  polygons: read.counts.polygons,
                  rejected: read.rejected.length,
                })}
              </p>
              {read.projection === null ? (
                <label className="field">
                  <span>{t('referenceCoordinates')}</span>
                  <select
                    value={options.coordinates ?? 'wgs84'}
                    onChange={(event) =>
                      void load(file.name, file.bytes, {
                        ...options,
                        coordinates: event.target.value as CoordinateSystem,
                      })
                    }
                  >
                    {COORDINATE_SYSTEMS.map((system) => (
                      <option key={system} value={system}>
                        {t(SYSTEM_KEYS[system])}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="help">{tm(read.projection.label)}</p>
              )}
              <label className="field">
                <span>{t('referenceName')}</span>
                <input
                  type="text"
                  value={draft.name}
                  onChange={(event) => setDraft({ ...draft, name: event.target.value })}
                  data-testid="reference-name"
                />
              </label>
              <KindField value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
              <LabelField
                value={draft.labelField}
                fields={read.fields}
                onChange={(labelField) => setDraft({ ...draft, labelField })}
              />
              <label className="field">
                <span>{t('referenceSource')}</span>
                <input
                  type="text"
                  value={draft.source}
                  onChange={(event) => setDraft({ ...draft, source: event.target.value })}
                />
              </label>
              {[...read.warnings].map((warning) => (
                <p key={warning.key} className="help">
                  {tm(warning)}
                </p>
              ))}
              {read.rejected.length > 0 ? (
                <details data-testid="reference-rejected">
                  <summary>{t('referenceRejectedTitle')}</summary>
                  <ul>
                    {read.rejected.slice(0, LISTED).map((rejected) => (
                      <li key={rejected.number}>{tm(rejected.message)}</li>
                    ))}
                  </ul>
                  {read.rejected.length > LISTED ? (
                    <p>{t('referenceRejectedMore', { count: read.rejected.length - LISTED })}</p>
                  ) : null}
                </details>
              ) : null}
            </>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="ghost" onClick={close}>
              {t('referenceCancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={read?.status !== 'ok' || !draft || draft.name.trim() === ''}
              onClick={commit}
              data-testid="reference-add"
            >
              {t('referenceAdd')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
