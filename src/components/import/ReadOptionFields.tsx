/** How a file is read: its text encoding, its sheet, its coordinate system — each guessed, each changeable. */

import type { Message } from '../../domain/message.ts';
import type { MessageKey } from '../../i18n/index.ts';
import {
  COORDINATE_SYSTEMS,
  type CoordinateSystem,
  ENCODING_NAMES,
  type GuessedEncoding,
} from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';

/** Encodings offered as overrides; '' means "as guessed". */
const ENCODING_CHOICES: readonly GuessedEncoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** The name of an encoding for people, in the interface language. */
export function useEncodingLabel(): (encoding: string) => string {
  const { t } = useTranslation();
  return (encoding) => {
    const key = ENCODING_NAMES[encoding as GuessedEncoding];
    return key ? t(key) : encoding.toUpperCase();
  };
}

export function EncodingSelect({
  value,
  detected,
  onChange,
}: {
  /** The override, or '' for the guess. */
  value: string;
  /** The encoding the guess found (shown in the automatic choice). */
  detected: string | null;
  onChange: (encoding: string) => void;
}) {
  const { t } = useTranslation();
  const encodingLabel = useEncodingLabel();
  return (
    <label className="import-option">
      <span>{t('importEncoding')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} data-testid="import-encoding">
        <option value="">
          {detected ? t('importEncodingAuto', { encoding: encodingLabel(detected) }) : t('importAuto')}
        </option>
        {ENCODING_CHOICES.map((encoding) => (
          <option key={encoding} value={encoding}>
            {encodingLabel(encoding)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SheetSelect({
  sheet,
  sheetNames,
  onChange,
}: {
  sheet: string | null;
  sheetNames: readonly string[];
  onChange: (sheet: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="import-option">
      <span>{t('importSheet')}</span>
      <select
        value={sheet ?? ''}
        onChange={(event) => onChange(event.target.value)}
        data-testid="import-sheet"
      >
        {sheetNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

const COORDINATE_SYSTEM_KEYS: Record<CoordinateSystem, MessageKey> = {
  wgs84: 'coordinateSystemWgs84',
  gcj02: 'coordinateSystemGcj02',
  bd09: 'coordinateSystemBd09',
};

/** The name of a coordinate system in the interface language. */
export function useCoordinateSystemLabel(): (system: CoordinateSystem) => string {
  const { t } = useTranslation();
  return (system) => t(COORDINATE_SYSTEM_KEYS[system]);
}

export function CoordinateSystemSelect({
  value,
  hint,
  onChange,
}: {
  value: CoordinateSystem;
  /** The io layer's "obvious offset" sentence, when it suggests another system. */
  hint: { text: Message; suggested: CoordinateSystem } | null;
  onChange: (system: CoordinateSystem) => void;
}) {
  const { t, tm } = useTranslation();
  const label = useCoordinateSystemLabel();
  return (
    <>
      <label className="import-option">
        <span>{t('importCoordinateSystem')}</span>
        <select
          value={value}
          onChange={(event) => onChange(event.target.value as CoordinateSystem)}
          data-testid="import-coords"
        >
          {COORDINATE_SYSTEMS.map((system) => (
            <option key={system} value={system}>
              {label(system)}
            </option>
          ))}
        </select>
      </label>
      {hint ? (
        <p className="import-hint" role="status" data-testid="coordinate-hint">
          {tm(hint.text)}{' '}
          <button type="button" className="link" onClick={() => onChange(hint.suggested)}>
            {t('importUseSuggested', { system: label(hint.suggested) })}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The encoding and sheet of a table file, each shown only when the file has one to choose. */
export function TableReadChoices({
  read,
  encoding,
  onChange,
}: {
  read: { encoding: string | null; sheet: string | null; sheetNames: readonly string[] };
  /** The encoding override, if any. */
  encoding: string | undefined;
  onChange: (change: { encoding?: string | undefined; sheet?: string | undefined }) => void;
}) {
  return (
    <>
      {read.encoding !== null ? (
        <EncodingSelect
          value={encoding ?? ''}
          detected={encoding ? null : read.encoding}
          onChange={(value) => onChange({ encoding: value || undefined })}
        />
      ) : null}
      {read.sheetNames.length > 0 ? (
        <SheetSelect
          sheet={read.sheet}
          sheetNames={read.sheetNames}
          onChange={(sheet) => onChange({ sheet: sheet || undefined })}
        />
      ) : null}
    </>
  );
}
