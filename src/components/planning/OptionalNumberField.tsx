/**
 * A labelled number field that may be left empty (then the placeholder says what applies), for
 * the optimiser's optional numbers: a coverage target, a largest enrolment, a number to close.
 */
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';

export function OptionalNumberField({
  label,
  value,
  placeholder,
  problemOf,
  onChange,
  testId,
}: {
  label: string;
  value: number | null;
  placeholder: string;
  /** Why a value cannot be taken (already in the interface language), or null when it can. */
  problemOf: (value: number) => string | null;
  onChange: (value: number | null) => void;
  testId: string;
}) {
  return (
    <div className="field-row">
      <span>{label}</span>
      <NumberInput
        label={label}
        value={value}
        placeholder={placeholder}
        onCommit={(entered) => {
          const problem = problemOf(entered);
          if (!problem) onChange(entered);
          return problem;
        }}
        onClear={() => {
          onChange(null);
          return null;
        }}
        testId={testId}
      />
    </div>
  );
}

/** The coverage target in percent, empty for the rule set's. */
export function TargetPercentField({
  value,
  defaultPercent,
  onChange,
  testId,
}: {
  value: number | null;
  defaultPercent: number;
  onChange: (value: number | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <OptionalNumberField
      label={t('optimiseTarget')}
      value={value}
      placeholder={t('optimiseTargetDefault', { percent: defaultPercent })}
      problemOf={(entered) => (entered > 0 && entered <= 100 ? null : t('optimiseTargetPercentInvalid'))}
      onChange={onChange}
      testId={testId}
    />
  );
}
