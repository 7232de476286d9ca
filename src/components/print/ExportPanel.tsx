/**
 * The export part of 打印: the file format (PDF with real text, PNG, a PowerPoint deck, a Word
 * report), the current page or an atlas of chosen townships in a chosen order (one PDF, or one
 * per township in a zip), one export button, and the progress and outcome.
 */
import { useEffect, useMemo, useState } from 'react';
import { type Message, message } from '../../domain/message.ts';
import { appGlyphsUrl } from '../../map/bridge.ts';
import { documentExtras } from '../../print/documents/document-extras.ts';
import { DocumentError } from '../../print/documents/document-model.ts';
import { type DocumentProgress, exportDocuments } from '../../print/documents/export-documents.ts';
import type { MapExtent } from '../../print/export-map.ts';
import type { PrintPages } from '../../print/plan-pages.ts';
import { recordPrintReport } from '../../print/print-api.ts';
import { type PrintChoices, resolvePrintSettings } from '../../print/print-choices.ts';
import { type PrintProgress, runPrintJob } from '../../print/print-job.ts';
import { takePrintSnapshot } from '../../print/print-snapshot.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob } from '../download.ts';
import { useTranslation } from '../use-translation.ts';
import {
  canExport,
  EXPORT_FORMATS,
  type ExportChoices,
  type ExportFormat,
  exportSelection,
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
const PRINT_STAGES = {
  map: 'printStageMap',
  compose: 'printStageCompose',
  encode: 'printStageEncode',
  write: 'printStageWrite',
} as const;
const SHEET_KEYS = {
  pdf: 'printDocumentPages',
  pptx: 'printDocumentSlides',
  docx: 'printDocumentFigures',
} as const;
const DOCUMENT_STAGES = {
  fonts: 'printStageFonts',
  map: 'printStageMap',
  write: 'printStageDocument',
} as const;

/** Progress as the bar shows it: how far, and what is being done. */
type Shown = { value: number; max: number; text: string };

export function ExportPanel({
  page,
  planReady,
  printChoices,
  townships,
  previewExtent,
  previewShowsOverview,
}: {
  /** The page the preview shows. */
  page: PrintPages;
  planReady: boolean;
  printChoices: PrintChoices;
  townships: readonly { code: string; name: string }[];
  previewExtent: () => MapExtent | null;
  /** The preview shows the district, so an atlas's overview takes its camera. */
  previewShowsOverview: boolean;
}) {
  const { t, tm } = useTranslation();
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
  const [progress, setProgress] = useState<Shown | null>(null);
  // Kept as messages, so they read in the language the interface has when they are shown.
  const [outcome, setOutcome] = useState<Message | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const atlas = usesAtlas(choices);

  const onPrintProgress = (step: PrintProgress) =>
    setProgress({
      value: (step.page - 1) * 3 + { map: 0, compose: 1, encode: 2, write: 3 }[step.stage],
      max: step.pages * 3,
      text: t('printProgress', { step: t(PRINT_STAGES[step.stage]), page: step.page, pages: step.pages }),
    });
  const onDocumentProgress = (step: DocumentProgress) =>
    setProgress({
      value: step.stage === 'map' ? step.page - 1 : step.stage === 'write' ? step.pages : 0,
      max: step.pages + 1,
      text:
        step.stage === 'map'
          ? t('printProgress', { step: t(DOCUMENT_STAGES.map), page: step.page, pages: step.pages })
          : t('printProgressStep', { step: t(DOCUMENT_STAGES[step.stage]) }),
    });

  const run = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const state = useAtlasStore.getState();
      const snapshot = takePrintSnapshot(state, printChoices.includeAnalysis);
      const settings = resolvePrintSettings(printChoices, snapshot, new Date());
      const selection = exportSelection(choices, page);
      // An atlas's overview follows the preview only while the preview shows the district.
      const overview = selection.kind === 'atlas' && !previewShowsOverview ? null : previewExtent();
      const glyphsUrl = appGlyphsUrl();
      if (choices.format === 'png') {
        const { blob, report } = await runPrintJob(
          { format: 'png', pages: page, settings, snapshot, overview, glyphsUrl },
          onPrintProgress,
        );
        recordPrintReport(report);
        downloadBlob(report.fileName, blob);
        setOutcome(
          message('printDone', {
            file: report.fileName,
            pages: report.pages.length,
            width: report.pages[0]?.width ?? 0,
            height: report.pages[0]?.height ?? 0,
            seconds: (report.milliseconds / 1000).toFixed(1),
          }),
        );
        return;
      }
      const { blob, report } = await exportDocuments(
        {
          format: choices.format,
          selection,
          split: choices.split && choices.format === 'pdf' && selection.kind === 'atlas',
          settings,
          snapshot,
          overview,
          glyphsUrl,
          extras: documentExtras(state),
        },
        onDocumentProgress,
      );
      recordPrintReport(report);
      downloadBlob(report.fileName, blob);
      setOutcome(
        message('printDocumentDone', {
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
      const reason =
        failure instanceof DocumentError
          ? failure.reason
          : failure instanceof Error
            ? failure.message
            : String(failure);
      setError(message('printFailed', { reason }));
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
          {progress ? <progress max={progress.max} value={progress.value} /> : null}
          <span>{progress?.text ?? t('printPreparing')}</span>
        </div>
      ) : null}
      {outcome ? (
        <p className="print-message" role="status" data-testid="print-message">
          {tm(outcome)}
        </p>
      ) : null}
      {error ? (
        <p className="print-error" role="alert" data-testid="print-error">
          {tm(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
