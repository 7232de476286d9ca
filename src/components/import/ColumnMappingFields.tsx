/** Which column of the file holds each of the app's columns: guessed, shown, and fixable. */
import { useTranslation } from '../use-translation.ts';

export function ColumnMappingFields<Column extends string>({
  columns,
  required,
  headers,
  mapping,
  columnLabel,
  onChange,
}: {
  /** The app's columns, in the order to show them. */
  columns: readonly Column[];
  /** Columns without which no row can be read. */
  required: readonly Column[];
  /** The file's headers. */
  headers: readonly string[];
  /** The mapping in use (guess with the user's choices over it). */
  mapping: Readonly<Record<Column, string | null>>;
  columnLabel: (column: Column) => string;
  onChange: (column: Column, header: string | null) => void;
}) {
  const { t } = useTranslation();
  const used = new Set(Object.values<string | null>(mapping).filter((header) => header !== null));
  const unused = headers.filter((header) => !used.has(header));
  return (
    <>
      <div className="import-mapping" data-testid="import-mapping">
        {columns.map((column) => {
          const id = `import-mapping-${column}`;
          const isRequired = required.includes(column);
          const missing = isRequired && mapping[column] === null;
          return (
            <div key={column} className={`import-mapping-row${missing ? ' missing' : ''}`}>
              <label htmlFor={id}>
                {columnLabel(column)}
                {isRequired ? <span className="required">*</span> : null}
              </label>
              <select
                id={id}
                value={mapping[column] ?? ''}
                onChange={(event) => onChange(column, event.target.value === '' ? null : event.target.value)}
                data-testid={`mapping-${column}`}
              >
                <option value="">{t('importNotImported')}</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <p className="help">
        {t('importRequiredNote')}
        {unused.length > 0 ? ` ${t('importUnusedColumns', { columns: unused })}` : ''}
      </p>
    </>
  );
}
