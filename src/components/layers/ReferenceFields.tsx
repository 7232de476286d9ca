/** The kind and label-field pickers of a reference layer, shared by the import and the layer list. */
import { REFERENCE_LAYER_KINDS, type ReferenceLayerKind } from '../../domain/reference-layer.ts';
import type { ReferenceField } from '../../io/import-flow/index.ts';
import { useTranslation } from '../use-translation.ts';

/** The layer's kind. */
export function KindField({
  value,
  onChange,
}: {
  value: ReferenceLayerKind;
  onChange: (kind: ReferenceLayerKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('referenceKind')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as ReferenceLayerKind)}>
        {REFERENCE_LAYER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`referenceKind_${kind}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The attribute that labels each feature, with a few values of each to tell them apart. */
export function LabelField({
  value,
  fields,
  onChange,
}: {
  value: string | null;
  fields: readonly ReferenceField[];
  onChange: (field: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('referenceLabelField')}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        data-testid="reference-label-field"
      >
        <option value="">{t('referenceNoLabel')}</option>
        {fields.map((field) => (
          <option key={field.name} value={field.name}>
            {field.samples.length > 0
              ? t('referenceFieldSamples', {
                  field: field.name,
                  samples: field.samples.slice(0, 3).join(t('printListComma')),
                })
              : field.name}
          </option>
        ))}
      </select>
    </label>
  );
}
