/**
 * The export part of 打印: the file format (PDF with real text, PNG, a PowerPoint deck, a Word
 * report), the current page or an atlas of chosen townships in a chosen order (one PDF, or one
 * per township in a zip), one export button, and the progress and outcome.
 */
import { useEffect, useMemo, useState } from 'react';
import { type Message, message } from '../../domain/message.ts';
import { describeFailure } from '../../print/describe-failure.ts';
import { FONT_LICENCE } from '../../print/documents/load-document-fonts.ts';
import { exportPrint } from '../../print/export-print.ts';
import type { MapExtent } from '../../print/map-extent.ts';
import type { PrintPages } from '../../print/plan-pages.ts';
import type { PrintProgress } from '../../print/print-job.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob } from '../download.ts';
import { useTranslation } from '../use-translation.ts';
import {
  canExport,
  EXPORT_FORMATS,
  type ExportChoices,
  type ExportFormat,
  exportPages,
  initialExportChoices,
  reconcileChoices,
  usesAtlas,
} from './export-choices.ts';
import { TownshipOrder } from './TownshipOrder.tsx';
import './documents.css';

const FORMAT_KEYS = {
  pdf: 'printFormatPdf',
  png: 'printFormatPng',
  pptx: 'printFormatPptx',
  docx: 'printFormatDocx',
} as const;
const FORMAT_NOTES = {
  pdf: 'printFormatPdfNote',
  png: 'printFormatPngNote',
  pptx: 'printFormatPptxNote',
  docx: 'printFormatDocxNote',
} as const;
const STAGE_KEYS = {
  prepare: 'printStagePrepare',
  map: 'printStageMap',
  compose: 'printStageCompose',
  encode: 'printStageEncode',
  write: 'printStageWrite',
} as const;
const SHEET_KEYS = {
  png: 'printDocumentPages',
  pdf: 'printDocumentPages',
  pptx: 'printDocumentSlides',
  docx: 'printDocumentFigures',
} as const;

/** Opens the embedded fonts' licence text in a new tab. */
function showFontLicence(): void {
  const url = URL.createObjectURL(new Blob([FONT_LICENCE], { type: 'text/plain;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  // The new tab has read the text by then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportPanel({
  page,
  planReady,
  townships,
  previewExtent,
  previewShowsOverview,
}: {
  /** The page the preview shows. */
  page: PrintPages;
  planReady: boolean;
  townships: readonly { code: string; name: string }[];
  previewExtent: () => MapExtent | null;
  /** The preview shows the district, so an atlas's overview takes its camera. */
  previewShowsOverview: boolean;
}) {
  const { t, tm, language } = useTranslation();
  const codes = useMemo(() => townships.map((township) => township.code), [townships]);
  const names = useMemo(
    () => new Map(townships.map((township) => [township.code, township.name])),
    [townships],
  );
  const [choices, setChoices] = useState<ExportChoices>(() => initialExportChoices(codes));
  useEffect(() => setChoices((current) => reconcileChoices(current, codes)), [codes]);
  const change = (next: Partial<ExportChoices>) => setChoices((current) => ({ ...current, ...next }));
  const analysisReady = useAtlasStore((state) => state.analysis !== null);

  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<PrintProgress | null>(null);
  // Kept as data and translated when shown, so they follow a change of language.
  const [done, setDone] = useState<Message | null>(null);
  const [failed, setFailed] = useState<{ reason: unknown } | null>(null);
  const atlas = usesAtlas(choices);

  const run = async () => {
    setBusy(true);
    setFailed(null);
    setDone(null);
    try {
      const state = useAtlasStore.getState();
      const target = exportPages(choices, page);
      // An atlas's overview follows the preview only while the preview shows the district.
      const overview = target.kind === 'atlas' && !previewShowsOverview ? null : previewExtent();
      const { blob, report } = await exportPrint(
        state,
        {
          format: choices.format,
          pages: target,
          choices: state.printChoices,
          overview,
          date: new Date(),
          split: choices.split && choices.format === 'pdf' && target.kind === 'atlas',
        },
        setProgress,
      );
      downloadBlob(report.fileName, blob);
      setDone(
        choices.format === 'png'
          ? message('printDone', {
              file: report.fileName,
              pages: report.pages.length,
              width: report.pages[0]?.width ?? 0,
              height: report.pages[0]?.height ?? 0,
              seconds: (report.milliseconds / 1000).toFixed(1),
            })
          : message('printDocumentDone', {
              file:
                report.files.length > 1
                  ? message('printDocumentFiles', { file: report.fileName, count: report.files.length })
                  : report.fileName,
              what: message(SHEET_KEYS[report.format], { count: report.sheets }),
              size: `${(report.bytes / 1024 / 1024).toFixed(1)} MB`,
              seconds: (report.milliseconds / 1000).toFixed(1),
            }),
      );
    } catch (failure) {
      setFailed({ reason: failure });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const needsAnalysis = choices.format !== 'png' && !analysisReady;
  const ready = planReady && canExport(choices) && !needsAnalysis;
  return (
    <fieldset data-testid="print-export-panel">
      <legend>{t('printExport')}</legend>
      <div className="print-field-label">{t('printFormat')}</div>
      <div className="print-segmented">
        {EXPORT_FORMATS.map((format: ExportFormat) => (
          <button
            key={format}
            type="button"
            className={choices.format === format ? 'on' : ''}
            aria-pressed={choices.format === format}
            disabled={busy}
            onClick={() => change({ format })}
            data-testid={`print-format-${format}`}
          >
            {t(FORMAT_KEYS[format])}
          </button>
        ))}
      </div>
      <p className="muted print-note" data-testid="print-format-note">
        {t(FORMAT_NOTES[choices.format])}
        {choices.format === 'pdf' ? (
          <>
            {' '}
            <button type="button" className="link" onClick={showFontLicence} data-testid="print-font-licence">
              {t('printFontLicence')}
            </button>
          </>
        ) : null}
      </p>
      {choices.format === 'pdf' ? (
        <>
          <div className="print-field-label">{t('printScope')}</div>
          <div className="print-segmented">
            {(['page', 'atlas'] as const).map((scope) => (
              <button
                key={scope}
                type="button"
                className={choices.scope === scope ? 'on' : ''}
                aria-pressed={choices.scope === scope}
                disabled={busy}
                onClick={() => change({ scope })}
                data-testid={`print-scope-${scope}`}
              >
                {t(scope === 'page' ? 'printScopeCurrent' : 'printScopeAtlas')}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {atlas ? <TownshipOrder choices={choices} names={names} onChange={change} disabled={busy} /> : null}
      {atlas && choices.format === 'pdf' ? (
        <label className="print-check">
          <input
            type="checkbox"
            checked={choices.split}
            disabled={busy}
            onChange={(event) => change({ split: event.target.checked })}
            data-testid="print-atlas-split"
          />
          {t('printAtlasSplit')}
        </label>
      ) : null}
      <div className="print-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !ready}
          onClick={run}
          title={needsAnalysis ? t('printNeedsAnalysis') : ''}
          data-testid="print-export"
        >
          {t('printExportFile', { format: t(FORMAT_KEYS[choices.format]) })}
        </button>
      </div>
      {busy ? (
        <div className="print-progress" role="status" data-testid="print-progress">
          {progress ? (
            <progress
              max={progress.pages * 3 + 1}
              value={
                progress.stage === 'prepare'
                  ? 0
                  : progress.stage === 'write'
                    ? progress.pages * 3
                    : (progress.page - 1) * 3 + 1 + { map: 0, compose: 1, encode: 2 }[progress.stage]
              }
            />
          ) : null}
          <span>
            {!progress
              ? t('printPreparing')
              : progress.stage === 'prepare' || progress.stage === 'write'
                ? t('printProgressStep', { step: t(STAGE_KEYS[progress.stage]) })
                : t('printProgress', {
                    step: t(STAGE_KEYS[progress.stage]),
                    page: progress.page,
                    pages: progress.pages,
                  })}
          </span>
        </div>
      ) : null}
      {done ? (
        <p className="print-message" role="status" data-testid="print-message">
          {tm(done)}
        </p>
      ) : null}
      {failed ? (
        <p className="print-error" role="alert" data-testid="print-error">
          {t('printFailed', { reason: describeFailure(language, failed.reason) })}
        </p>
      ) : null}
    </fieldset>
  );
}
