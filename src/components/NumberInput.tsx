/**
 * A number field that commits on Enter or leaving the field; the commit callback returns a
 * message in the interface language when the value cannot be taken, shown under the field, and
 * nothing changes.
 */
import { useState } from 'react';
import { useTranslation } from './use-translation.ts';

/** The field. */
export function NumberInput({
  value,
  onCommit,
  label,
  step = 1,
  testId,
  onClear,
  placeholder,
}: {
  value: number | null;
  onCommit: (value: number) => string | null;
  /** Called for an empty entry; without it an empty entry asks for a number. */
  onClear?: () => string | null;
  label: string;
  step?: number;
  testId?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const number = Number(text);
    const empty = text.trim() === '';
    const problem =
      empty && onClear
        ? onClear()
        : empty || !Number.isFinite(number)
          ? t('numberRequired')
          : onCommit(number);
    setError(problem);
    if (!problem) setText(null);
  };
  return (
    <span className="number-input">
      <input
        type="number"
        aria-label={label}
        placeholder={placeholder}
        step={step}
        value={text ?? (value === null ? '' : String(value))}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
      {error ? <span className="field-error">{error}</span> : null}
    </span>
  );
}
