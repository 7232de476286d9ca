/**
 * Export and backup: the roster as CSV (UTF-8 with BOM, for Excel), .xlsx and GeoJSON; the
 * whole project as one backup file; and restoring such a file, after showing what it holds,
 * as one undoable step.
 */
import { useEffect, useRef, useState } from 'react';
import { errorMessage, type Message } from '../../domain/message.ts';
import { describePopulation } from '../../domain/population.ts';
import type { Project } from '../../domain/project.ts';
import { formatDateTime } from '../../i18n/format-time.ts';
import { localTitle } from '../../i18n/index.ts';
import {
  exportFileName,
  projectContentsOf,
  type RestorePlan,
  serializeProject,
  writeRosterCsv,
  writeRosterGeoJson,
  writeRosterXlsx,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob, downloadText } from '../download.ts';
import { PublishSection } from '../publish/PublishSection.tsx';
import { useTranslation } from '../use-translation.ts';

type RosterFormat = 'csv' | 'xlsx' | 'geojson';

/** Problems of a refused backup listed before "n more". */
const LISTED_PROBLEMS = 30;

/** A backup that was read and is waiting for the user's go-ahead. */
interface PendingRestore {
  file: string;
  project: Project;
  plan: RestorePlan;
  migratedFrom: number | null;
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, tm, language } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const schoolCount = useAtlasStore((state) => state.schools.length);
  const districtName = useAtlasStore((state) => state.dataset?.districtName ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ message: Message; problems: Message[] } | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // No close() on cleanup: unmounting removes the dialog from the top layer, and a close()
    // there would fire onClose during StrictMode's second mount and shut the dialog at once.
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const exportRoster = async (format: RosterFormat) => {
    // Read at click time: the dialog does not need to re-render on every roster change.
    const { schools } = useAtlasStore.getState();
    const name = exportFileName(districtName, t('exportRosterFileWord'), format);
    setBusy(true);
    try {
      if (format === 'csv') downloadText(name, writeRosterCsv(schools), 'text/csv');
      else if (format === 'geojson') downloadText(name, writeRosterGeoJson(schools), 'application/geo+json');
      else {
        const bytes = await writeRosterXlsx(schools);
        downloadBlob(
          name,
          new Blob([bytes as Uint8Array<ArrayBuffer>], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
        );
      }
      setStatus(t('exportDownloaded', { file: name, count: schools.length }));
    } catch (error) {
      setStatus(t('exportFailed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  const exportProject = () => {
    const name = exportFileName(districtName, t('exportProjectFileWord'), 'json');
    downloadText(name, serializeProject(projectContentsOf(useAtlasStore.getState())), 'application/json');
    setStatus(t('exportProjectDownloaded', { file: name }));
  };

  const openBackup = async (file: File) => {
    setRefusal(null);
    setPending(null);
    setStatus(null);
    const opened = await useAtlasStore.getState().openBackup(await file.text(), file.name);
    if (!opened.ok) {
      setRefusal({ message: opened.message, problems: opened.problems });
      return;
    }
    setPending({
      file: file.name,
      project: opened.project,
      plan: opened.plan,
      migratedFrom: opened.migratedFrom,
    });
  };

  const restore = () => {
    if (!pending) return;
    const { plan } = pending;
    useAtlasStore.getState().restoreProject(plan);
    setStatus(t('restoreDone', { file: pending.file, count: plan.data.schools.length }));
    setPending(null);
  };

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      onClose={onClose}
      aria-labelledby="export-dialog-title"
      data-testid="export-dialog"
    >
      <header className="import-header">
        <h2 id="export-dialog-title">{t('exportTitle')}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t('detailClose')}>
          ×
        </button>
      </header>
      <section className="import-step">
        <h3>{t('exportRosterTitle', { count: schoolCount })}</h3>
        <p className="help">{t('exportRosterHelp')}</p>
        <div className="button-row">
          <button
            type="button"
            className="ghost"
            disabled={busy}
            onClick={() => void exportRoster('csv')}
            data-testid="export-csv"
          >
            {t('exportCsv')}
          </button>
          <button
            type="button"
            className="ghost"
            disabled={busy}
            onClick={() => void exportRoster('xlsx')}
            data-testid="export-xlsx"
          >
            {t('exportXlsx')}
          </button>
          <button
            type="button"
            className="ghost"
            disabled={busy}
            onClick={() => void exportRoster('geojson')}
            data-testid="export-geojson"
          >
            {t('exportGeoJson')}
          </button>
        </div>
      </section>
      <section className="import-step">
        <h3>{t('exportProjectTitle')}</h3>
        <p className="help">{t('exportProjectHelp')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={exportProject} data-testid="export-project">
            {t('exportProject')}
          </button>
          <button type="button" className="ghost edit-control" onClick={() => fileInput.current?.click()}>
            {t('restoreChoose')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="restore-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void openBackup(file);
            }}
          />
        </div>
        {refusal ? (
          <div className="import-file-error" role="alert" data-testid="restore-refused">
            <p>{tm(refusal.message)}</p>
            {refusal.problems.length > 0 ? (
              <ul data-testid="restore-problems">
                {refusal.problems.slice(0, LISTED_PROBLEMS).map((problem, index) => (
                  // The same problem may stand for two schools: the position keeps the keys apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once
                  <li key={index}>{tm(problem)}</li>
                ))}
                {refusal.problems.length > LISTED_PROBLEMS ? (
                  <li>{t('importIssuesMore', { count: refusal.problems.length - LISTED_PROBLEMS })}</li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ) : null}
        {pending ? (
          <div className="restore-summary" data-testid="restore-summary">
            <p>{t('restoreQuestion', { file: pending.file })}</p>
            <ul className="import-merge">
              <li>{t('restoreSavedAt', { time: formatDateTime(pending.project.savedAt, language) })}</li>
              <li>{t('restoreSchools', { count: pending.plan.data.schools.length })}</li>
              <li>
                {pending.project.townships
                  ? t('restoreOfficialTownships', { count: pending.project.townships.features.length })
                  : t('restoreDefaultTownships')}
              </li>
              <li>
                {t('restorePopulation', {
                  label: pending.plan.data.population ? describePopulation(pending.plan.data.population) : '',
                })}
              </li>
              {pending.plan.data.ruleSet ? (
                <li>{t('restoreRules', { title: localTitle(language, pending.plan.data.ruleSet) })}</li>
              ) : null}
              {pending.migratedFrom !== null ? (
                <li>{t('restoreMigrated', { version: pending.migratedFrom })}</li>
              ) : null}
            </ul>
            <p className="help">{t('restoreReplaces')}</p>
            <div className="dialog-actions">
              <button type="button" className="ghost" onClick={() => setPending(null)}>
                {t('settingsCancel')}
              </button>
              <button type="button" className="primary" onClick={restore} data-testid="restore-confirm">
                {t('restoreConfirm')}
              </button>
            </div>
          </div>
        ) : null}
      </section>
      <PublishSection />
      {status ? (
        <p className="export-status" role="status" data-testid="export-status">
          {status}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={onClose} data-testid="export-close">
          {t('importFinish')}
        </button>
      </div>
    </dialog>
  );
}
