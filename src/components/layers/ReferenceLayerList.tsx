/**
 * The reference layers, top of the drawing order first as in a GIS: each can be shown or
 * hidden, moved, recoloured, renamed, given a label field and a width, or removed — each change
 * one undo step, as every data change.
 */
import { useState } from 'react';
import { referenceFields } from '../../domain/reference-fields.ts';
import type { ReferenceLayer } from '../../domain/reference-layer.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';
import { KindField, LabelField } from './ReferenceFields.tsx';

function LayerSettings({ layer }: { layer: ReferenceLayer }) {
  const { t } = useTranslation();
  const update = useAtlasStore((state) => state.updateReferenceLayer);
  return (
    <div className="reference-settings">
      <label className="field">
        <span>{t('referenceName')}</span>
        {/* Committed when the field is left: one undo step for the new name, not one per key. */}
        <input
          type="text"
          defaultValue={layer.name}
          onBlur={(event) => {
            const name = event.target.value.trim();
            if (name !== '' && name !== layer.name) update(layer.id, { name });
          }}
        />
      </label>
      <KindField value={layer.kind} onChange={(kind) => update(layer.id, { kind })} />
      <label className="field">
        <span>{t('referenceWidth')}</span>
        <input
          type="number"
          min={0.5}
          max={8}
          step={0.5}
          value={layer.width}
          onChange={(event) => {
            const width = Number(event.target.value);
            if (Number.isFinite(width) && width > 0) update(layer.id, { width });
          }}
        />
      </label>
      <LabelField
        value={layer.labelField}
        fields={referenceFields(layer.features.features)}
        onChange={(labelField) => update(layer.id, { labelField })}
      />
      <label className="field">
        <span>{t('referenceSource')}</span>
        <input
          type="text"
          defaultValue={layer.source}
          onBlur={(event) => {
            if (event.target.value !== layer.source) update(layer.id, { source: event.target.value });
          }}
        />
      </label>
    </div>
  );
}

export function ReferenceLayerList() {
  const { t } = useTranslation();
  const layers = useAtlasStore((state) => state.referenceLayers);
  const update = useAtlasStore((state) => state.updateReferenceLayer);
  const move = useAtlasStore((state) => state.moveReferenceLayer);
  const remove = useAtlasStore((state) => state.removeReferenceLayer);
  const [open, setOpen] = useState<string | null>(null);
  if (layers.length === 0) return <p className="help">{t('referenceEmpty')}</p>;
  const topFirst = [...layers].reverse();
  return (
    <ul className="reference-list" data-testid="reference-list">
      {topFirst.map((layer, position) => (
        <li key={layer.id} data-testid={`reference-layer-${layer.id}`}>
          <div className="reference-row">
            <input
              type="checkbox"
              checked={layer.visible}
              aria-label={t('referenceShow')}
              onChange={(event) => update(layer.id, { visible: event.target.checked })}
            />
            <input
              type="color"
              value={layer.colour}
              aria-label={t('referenceColour')}
              onChange={(event) => update(layer.id, { colour: event.target.value })}
            />
            <button
              type="button"
              className="link reference-name"
              onClick={() => setOpen(open === layer.id ? null : layer.id)}
            >
              {layer.name}
            </button>
            <small>{t('referenceFeatures', { count: layer.features.features.length })}</small>
            <button
              type="button"
              className="icon"
              title={t('referenceUp')}
              disabled={position === 0}
              onClick={() => move(layer.id, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              title={t('referenceDown')}
              disabled={position === topFirst.length - 1}
              onClick={() => move(layer.id, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon"
              title={t('referenceRemove')}
              onClick={() => remove(layer.id)}
              data-testid="reference-remove"
            >
              ×
            </button>
          </div>
          {open === layer.id ? <LayerSettings layer={layer} /> : null}
        </li>
      ))}
    </ul>
  );
}
