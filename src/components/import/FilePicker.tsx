/** The file step of an import: a picker button, the drop hint, and what was picked. */
import { useRef } from 'react';
import type { PickedFile } from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';
import { formatFileSize } from './picked-file.ts';

export function FilePicker({
  accept,
  picked,
  formats,
  onFile,
  testId,
}: {
  /** The input's accept list, e.g. ".csv,.xlsx". */
  accept: string;
  picked: PickedFile | null;
  /** The formats this import reads, for the hint. */
  formats: string;
  onFile: (file: File) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-file">
      <button type="button" className="primary" onClick={() => input.current?.click()}>
        {picked ? t('importChooseAnother') : t('importChooseFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {picked ? (
        <span className="import-file-name" data-testid="import-file-name">
          {picked.name} <span className="muted">{t('fileSize', { size: formatFileSize(picked.size) })}</span>
        </span>
      ) : (
        <span className="muted">{t('importDropHint', { formats })}</span>
      )}
    </div>
  );
}
