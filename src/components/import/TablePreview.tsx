/** The first rows of a file as written, as plain text, so the user sees whether it was read right. */

import type { SourceRow } from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';

export function TablePreview({
  headers,
  rows,
  total,
}: {
  headers: readonly string[];
  rows: readonly SourceRow[];
  /** How many data rows the file has. */
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="help">{t('importPreviewNote', { shown: rows.length, total })}</p>
      <div className="import-preview" data-testid="import-preview">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('importRowNumber')}</th>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {headers.map((header, index) => (
                  <td key={header}>{row.cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** How many rows the preview step shows. */
const PREVIEW_ROWS = 10;

/** The preview step of a table import: its first rows as written. */
export function TablePreviewStep({
  table,
}: {
  table: { headers: readonly string[]; rows: readonly SourceRow[] };
}) {
  const { t } = useTranslation();
  return (
    <section className="import-step">
      <h3>{t('importStepPreview')}</h3>
      <TablePreview
        headers={table.headers}
        rows={table.rows.slice(0, PREVIEW_ROWS)}
        total={table.rows.length}
      />
    </section>
  );
}
