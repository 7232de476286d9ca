/**
 * 导出 → 发布一张图: the current data packed with the app itself as one ZIP — the app's files
 * fetched from its own origin (listed by the build in app-files.json), the data as a publication
 * (data/atlas-data.json and the project it names), the local servers and the instructions. The user
 * unzips it onto the bureau's web server or a USB stick. The packing is io's; this is its view.
 */
import { useState } from 'react';
import { errorMessage } from '../../domain/message.ts';
import { isSampleRoster } from '../../domain/school.ts';
import { translate } from '../../i18n/index.ts';
import {
  APP_FILE_LIST,
  type BasemapToPublish,
  basemapPublishNote,
  DEFAULT_ATLAS_CONFIG,
  exportFileName,
  packPublication,
  projectContentsOf,
  publicationDay,
  publicationExtraFiles,
  publishedDeploymentFiles,
  readAppFileList,
  writePublishedData,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob } from '../download.ts';
import { useTranslation } from '../use-translation.ts';

/** One file of the app from its origin, as bytes; rejects with the HTTP status otherwise. */
async function fetchAppFile(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(path, document.baseURI).toString(), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The basemap file open in this browser, as a publication takes it; null when none is open. */
function basemapToPublish(): BasemapToPublish | null {
  const state = useAtlasStore.getState();
  const opened = state.basemapFile;
  if (!opened) return null;
  return {
    name: opened.file.name,
    info: opened.file,
    shown: state.basemapChoice.kind === 'file',
    bytes: opened.blob.size,
    read: async () => new Uint8Array(await opened.blob.arrayBuffer()),
  };
}

/** The export dialog's 发布一张图 section: title and unit, then the ZIP. */
export function PublishSection() {
  const { t, tm, language } = useTranslation();
  const districtName = useAtlasStore((state) => state.dataset?.districtName ?? '');
  const isSample = useAtlasStore((state) => isSampleRoster(state.schools));
  // Publishing again from a publication (or a copy of one) keeps its title and unit.
  const earlier = useAtlasStore((state) => state.publication ?? state.dataset?.copyOf ?? null);
  const [open, setOpen] = useState(false);
  // Read again on every render of the open form: opening or closing a basemap file changes it.
  useAtlasStore((state) => state.basemapFile);
  useAtlasStore((state) => state.basemapChoice);
  const [title, setTitle] = useState(
    () => earlier?.title || t('publishTitleDefault', { district: districtName }),
  );
  const [unit, setUnit] = useState(
    () => earlier?.unit || t('publishUnitDefault', { district: districtName }),
  );
  const [progress, setProgress] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const publish = async () => {
    setOutcome(null);
    setProgress(t('publishCollecting', { done: 0, total: '…' }));
    try {
      const listResponse = await fetch(new URL(APP_FILE_LIST, document.baseURI).toString(), {
        cache: 'no-cache',
      });
      const appFiles = listResponse.ok ? readAppFileList(await listResponse.text()) : null;
      if (!appFiles) {
        setOutcome({ ok: false, text: t('publishAppFilesMissing', { file: APP_FILE_LIST }) });
        return;
      }
      const data = writePublishedData(projectContentsOf(useAtlasStore.getState()), {
        title: title.trim(),
        unit: unit.trim(),
      });
      const { manifest } = data;
      const readme = translate(language, 'publishReadme', {
        title: manifest.title,
        unit: manifest.unit,
        date: publicationDay(manifest.updatedOn),
        id: manifest.id,
      });
      const deployment = useAtlasStore.getState().deploymentConfig;
      const published = await publishedDeploymentFiles(
        deployment?.config ?? DEFAULT_ATLAS_CONFIG,
        deployment?.base ?? document.baseURI,
        basemapToPublish(),
      );
      const extras = [...publicationExtraFiles(t('publishReadmeFile'), readme), ...published.files];
      const bytes = await packPublication(
        {
          appFiles,
          fetchBytes: fetchAppFile,
          onProgress: (done, total) => setProgress(t('publishCollecting', { done, total })),
        },
        data,
        extras,
      );
      const file = exportFileName(districtName, t('publishZipFileWord'), 'zip');
      downloadBlob(file, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      setOutcome({
        ok: true,
        text: t('publishDone', {
          file,
          files: appFiles.length + data.files.length + extras.length,
          megabytes: (bytes.byteLength / 1024 / 1024).toFixed(1),
          date: publicationDay(manifest.updatedOn),
        }),
      });
    } catch (error) {
      setOutcome({ ok: false, text: t('publishFailed', { problem: tm(errorMessage(error)) }) });
    } finally {
      setProgress(null);
    }
  };

  return (
    // A published atlas's viewer does not publish again: the bureau's editor does (edit-control).
    <section className="import-step edit-control" data-testid="publish-section">
      <h3>{t('publishDialogTitle')}</h3>
      <p className="help">{t('publishIntro')}</p>
      {open ? (
        <div className="publish-form">
          <label className="field-row">
            <span>{t('publishTitleLabel')}</span>
            <input
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              data-testid="publish-title"
            />
          </label>
          <label className="field-row">
            <span>{t('publishUnitLabel')}</span>
            <input
              value={unit}
              onChange={(event) => setUnit(event.target.value)}
              data-testid="publish-unit"
            />
          </label>
          {isSample ? <p className="warn">{t('publishSampleWarning')}</p> : null}
          <p className="help" data-testid="publish-basemap-note">
            {tm(basemapPublishNote(basemapToPublish()))}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={progress !== null || title.trim() === '' || unit.trim() === ''}
              onClick={() => void publish()}
              data-testid="publish-zip"
            >
              {t('publishButton')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="ghost"
            title={t('publishOpenHint')}
            onClick={() => setOpen(true)}
            data-testid="open-publish"
          >
            {t('publishOpen')}
          </button>
        </div>
      )}
      {progress ? (
        <p className="help" role="status">
          {progress}
        </p>
      ) : null}
      {outcome ? (
        <p
          className={outcome.ok ? 'export-status' : 'import-file-error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="publish-outcome"
        >
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
